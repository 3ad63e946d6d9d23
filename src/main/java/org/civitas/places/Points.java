package org.civitas.places;

/** A point's rules: WGS 84 latitude and longitude, finite and in range. */
public final class Points {

    private Points() {
    }

    public static boolean valid(double latitude, double longitude) {
        return Double.isFinite(latitude) && Double.isFinite(longitude) && latitude >= -90 && latitude <= 90
                && longitude >= -180 && longitude <= 180;
    }
}
