package org.civitas.contests;

/**
 * A moderator approved or rejected a contest photo, or its author's account was blocked or deleted: whoever shows it
 * elsewhere (a gallery) reads its state again. Fired in the decision's transaction.
 */
public record ContestPhotoDecided(long photoId) {
}
