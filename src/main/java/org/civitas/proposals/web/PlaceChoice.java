package org.civitas.proposals.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.civitas.places.Place;
import org.civitas.places.PlaceLookup;
import org.civitas.platform.web.Messages;
import org.civitas.proposals.District;
import org.civitas.proposals.DistrictBoundaries;

import java.util.Objects;
import java.util.Optional;

/**
 * The proposal form's place ({@link PlaceLookup}), with what the author is told about it: the address found, not
 * found, or kept for later; and the district a new pin proposes.
 */
@RequestScoped
public class PlaceChoice {

    @Inject
    private PlaceLookup lookup;

    @Inject
    private DistrictBoundaries boundaries;

    @Inject
    private Messages messages;

    /** The place to save (null: none), from the form's fields and the place saved before. */
    public Place resolve(PlaceFields fields, Place before) {
        PlaceLookup.Resolution resolution = lookup.resolve(fields.getLabel(), fields.getLatitude(),
                fields.getLongitude(), fields.getPinnedLabel(), before);
        if (resolution.noticeKey() != null) {
            messages.notice(resolution.noticeKey(), resolution.argument());
        }
        return resolution.place();
    }

    /** The code of the district that holds a new pin, if districts have boundaries and one holds it. */
    public Optional<String> proposedDistrict(Place place, Place before) {
        if (place == null || !place.isPinned() || (before != null && Objects.equals(place.latitude(), before.latitude())
                && Objects.equals(place.longitude(), before.longitude()))) {
            return Optional.empty();
        }
        Optional<District> district = boundaries.at(place.latitude(), place.longitude());
        district.ifPresent(d -> messages.notice("places.districtProposed", d.getName()));
        return district.map(District::getCode);
    }
}
