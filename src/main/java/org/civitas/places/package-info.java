/**
 * Places: where a proposal or a budget idea is. The national address base's geocoder behind one adapter
 * ({@link org.civitas.places.Geocoder}, its address a setting, the portal working on when it is down), and district
 * boundaries read from GeoJSON into geometries a point is tested against ({@link org.civitas.places.Boundaries}, with
 * JTS). It stores nothing: proposals keep their pin, and districts their boundary, in their own tables.
 */
package org.civitas.places;
