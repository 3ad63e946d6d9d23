package org.civitas.funding;

/** A campaign takes pledges while open; at its closing day it has succeeded (goal reached, or kept) or failed. */
public enum CampaignStatus {
    OPEN, SUCCEEDED, FAILED
}
