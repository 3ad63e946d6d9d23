package org.civitas.budgets;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.civitas.proposals.PhotoProcessor;
import org.civitas.proposals.StoredPhoto;

import java.time.Instant;

/** A milestone's photo as stored: the upload re-encoded as JPEG in two sizes ({@link PhotoProcessor}). */
@Entity
@Table(name = "budget_milestone_photo")
public class MilestonePhoto extends StoredPhoto {

    protected MilestonePhoto() {
    }

    MilestonePhoto(PhotoProcessor.Processed processed, Instant now) {
        super(processed, now);
    }
}
