package org.civitas.places;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The place a form or the API sends, made whole before it is saved. A pin set for the address sent is taken as it is;
 * an address typed (or changed) without a pin is looked up in the national address base, as a form without
 * JavaScript sends it, and its best match taken; an address the base does not know, or cannot look up now, is kept as
 * typed, without a pin, with a notice saying so. Nothing typed is lost.
 */
@ApplicationScoped
public class PlaceLookup {

    @Inject
    private Geocoder geocoder;

    /** The place to save (null: none) and what to tell the author about it (a message key and its argument, or null). */
    public record Resolution(Place place, String noticeKey, String argument) {
    }

    /**
     * From the fields sent: the address, the pin, the address the pin was set for ({@code pinnedLabel}), and the
     * place saved before (kept as it is when the address did not change).
     */
    public Resolution resolve(String label, Double latitude, Double longitude, String pinnedLabel, Place before) {
        if (label == null || label.isBlank()) {
            return new Resolution(null, null, null);
        }
        String typed = label.strip().replaceAll("\\s+", " ");
        if (latitude != null && longitude != null && Points.valid(latitude, longitude) && typed.equals(pinnedLabel)) {
            return new Resolution(new Place(typed, latitude, longitude), null, null);
        }
        if (before != null && typed.equals(before.label())) {
            return new Resolution(before, null, null);
        }
        List<Address> found;
        try {
            found = geocoder.search(typed);
        } catch (GeocoderUnavailableException e) {
            return new Resolution(new Place(typed, null, null), "places.unavailableKept", null);
        }
        if (found.isEmpty()) {
            return new Resolution(new Place(typed, null, null), "places.notFound", typed);
        }
        Place place = Place.of(found.get(0));
        return new Resolution(place, "places.found", place.label());
    }
}
