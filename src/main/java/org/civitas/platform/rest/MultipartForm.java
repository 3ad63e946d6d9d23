package org.civitas.platform.rest;

import jakarta.ws.rs.core.EntityPart;
import org.civitas.platform.BusinessException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code multipart/form-data} request's parts by name (the first of each name), read with bounds: a text part at
 * most 10,000 bytes, a file at most what its caller allows plus one byte (so that "too large" can be told).
 */
public final class MultipartForm {

    private final Map<String, EntityPart> parts = new HashMap<>();

    private MultipartForm(List<EntityPart> parts) {
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            this.parts.putIfAbsent(part.getName(), part);
        }
    }

    public static MultipartForm of(List<EntityPart> parts) {
        return new MultipartForm(parts);
    }

    /** A text part as UTF-8; null when absent. */
    public String text(String name) throws IOException {
        EntityPart part = parts.get(name);
        if (part == null) {
            return null;
        }
        try (InputStream in = part.getContent()) {
            return new String(in.readNBytes(10_000), StandardCharsets.UTF_8);
        }
    }

    /**
     * The part named {@code photo}: its bytes, null when absent, a refusal naming that field when it is larger than
     * {@code max} bytes (told before anything is decoded).
     */
    public byte[] photo(int max) throws IOException {
        byte[] photo = bytes("photo", max);
        if (photo != null && photo.length > max) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "photo", "photo.tooLarge");
        }
        return photo;
    }

    /** A file part's bytes, at most {@code max} + 1 of them; null when absent. */
    private byte[] bytes(String name, int max) throws IOException {
        EntityPart part = parts.get(name);
        if (part == null) {
            return null;
        }
        try (InputStream in = part.getContent()) {
            return in.readNBytes(max + 1);
        }
    }
}
