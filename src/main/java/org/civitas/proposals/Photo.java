package org.civitas.proposals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** A proposal's photo as stored: re-encoded JPEG bytes in two sizes. Replaced photos stay until purged. */
@Entity
@Table(name = "photo")
public class Photo extends StoredPhoto {

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    protected Photo() {
    }

    Photo(long proposalId, PhotoProcessor.Processed processed, Instant now) {
        super(processed, now);
        this.proposalId = proposalId;
    }

    public long getProposalId() {
        return proposalId;
    }
}
