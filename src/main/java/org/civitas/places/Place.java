package org.civitas.places;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civitas.platform.PlainLine;

/**
 * Where a proposal or an idea is: an address (as the address base wrote it, or as typed) and, when it was found or
 * pinned, its point in WGS 84. A label without a point is a place nobody could find on the map (the address base
 * was down, or did not know it): it is shown, not mapped.
 */
public record Place(
        @NotBlank @Size(max = 200) @PlainLine
        String label,
        @DecimalMin("-90") @DecimalMax("90")
        Double latitude,
        @DecimalMin("-180") @DecimalMax("180")
        Double longitude) {

    public Place {
        label = label == null ? null : label.strip().replaceAll("\\s+", " ");
    }

    public static Place of(Address address) {
        return new Place(address.label(), address.latitude(), address.longitude());
    }

    /** Both coordinates or neither. */
    @AssertTrue(message = "{civitas.place.pointIncomplete}")
    public boolean isWhole() {
        return (latitude == null) == (longitude == null)
                && (latitude == null || Points.valid(latitude, longitude));
    }

    public boolean isPinned() {
        return latitude != null && longitude != null;
    }
}
