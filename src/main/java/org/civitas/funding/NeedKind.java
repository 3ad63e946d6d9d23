package org.civitas.funding;

/** What a campaign needs besides money: goods (a number of items) or time (a number of people, on a day, for a task). */
public enum NeedKind {
    GOODS, TIME
}
