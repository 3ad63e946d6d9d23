package org.civitas.places;

/** An address the geocoder found: its label as the national address base writes it, and its point (WGS 84). */
public record Address(String label, double latitude, double longitude, String postcode, String citycode) {
}
