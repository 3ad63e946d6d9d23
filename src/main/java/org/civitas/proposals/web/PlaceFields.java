package org.civitas.proposals.web;

import jakarta.validation.constraints.Size;
import org.civitas.platform.PlainLine;

/**
 * The place fields of a proposal's or an idea's form (WEB-INF/includes/place-field.xhtml binds {@code bean.place}):
 * the address typed or chosen, the pin the map set (hidden fields its script fills), and the address that pin was set
 * for; {@link PlaceChoice} makes them a place.
 */
public class PlaceFields {

    @Size(max = 200)
    @PlainLine
    private String label;

    private Double latitude;
    private Double longitude;

    /** The address the pin belongs to: a different {@link #label} was typed since, and is looked up. */
    private String pinnedLabel;

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = blankToNull(label);
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public String getPinnedLabel() {
        return pinnedLabel;
    }

    public void setPinnedLabel(String pinnedLabel) {
        this.pinnedLabel = blankToNull(pinnedLabel);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
