package org.civitas.proposals.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.civitas.platform.web.Messages;
import org.civitas.proposals.DistrictBoundaries;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Backs the district boundaries' part of admin/taxonomy.xhtml: an upload of one GeoJSON file, which replaces every
 * boundary (or is refused whole, with the reason), and their removal after a confirmation.
 */
@Named
@RequestScoped
public class BoundariesView {

    @Inject
    private DistrictBoundaries boundaries;

    @Inject
    private Messages messages;

    private Part file;
    private Long count;

    public String upload() {
        if (file == null || file.getSize() == 0) {
            messages.error("boundaries.empty");
            return null;
        }
        if (file.getSize() > DistrictBoundaries.MAX_BYTES) {
            messages.error("places.boundaries.tooLarge", DistrictBoundaries.MAX_BYTES / 1024 / 1024);
            return null;
        }
        String geoJson;
        try (InputStream in = file.getInputStream()) {
            geoJson = new String(in.readNBytes(DistrictBoundaries.MAX_BYTES + 1), StandardCharsets.UTF_8);
        } catch (IOException e) {
            messages.error("boundaries.empty");
            return null;
        }
        int set = boundaries.replace(geoJson);
        messages.notice("boundaries.uploaded", set);
        return "/admin/taxonomy.xhtml?faces-redirect=true#boundaries";
    }

    public String clear() {
        boundaries.clear();
        messages.notice("boundaries.cleared");
        return "/admin/taxonomy.xhtml?faces-redirect=true#boundaries";
    }

    public long getCount() {
        if (count == null) {
            count = boundaries.count();
        }
        return count;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
