package org.civitas.platform.web;

import jakarta.servlet.http.Part;
import org.civitas.platform.BusinessException;

import java.io.IOException;
import java.io.InputStream;

/**
 * A photo chosen in a form's file field named {@code photo}: its bytes, or a refusal naming that field (none chosen,
 * larger than allowed, unreadable) before anything is decoded.
 */
public final class Uploads {

    private Uploads() {
    }

    public static byte[] photo(Part part, int maxBytes) {
        if (part == null || part.getSize() == 0) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "photo", "photo.empty");
        }
        if (part.getSize() > maxBytes) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "photo", "photo.tooLarge");
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "photo", "photo.unreadable");
        }
    }
}
