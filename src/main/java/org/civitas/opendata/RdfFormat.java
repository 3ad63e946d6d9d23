package org.civitas.opendata;

import java.util.Locale;
import java.util.Optional;

/**
 * The RDF serialisations the catalogue is offered in, and the choice among them by an {@code Accept} header
 * (RFC 9110: quality values, {@code type/*} and {@code * / *} wildcards, {@code q=0} refusing a type; among equal
 * qualities the more specific range counts, then this order).
 */
public enum RdfFormat {

    JSON_LD("application/ld+json", "jsonld"),
    TURTLE("text/turtle", "ttl"),
    RDF_XML("application/rdf+xml", "rdf");

    private final String mediaType;
    private final String extension;

    RdfFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The {@code Content-Type} of an answer (Turtle and RDF/XML say their charset; JSON is UTF-8 by definition). */
    public String contentType() {
        return this == JSON_LD ? mediaType : mediaType + "; charset=utf-8";
    }

    /** The format an {@code Accept} header prefers; JSON-LD without one; empty when it accepts none of them (406). */
    public static Optional<RdfFormat> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(JSON_LD);
        }
        RdfFormat best = null;
        double bestQuality = 0;
        for (RdfFormat format : values()) {
            double quality = quality(accept, format.mediaType);
            if (quality > bestQuality) {
                best = format;
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The quality the header gives a type: that of its most specific matching range, 0 when none matches. */
    static double quality(String accept, String type) {
        int bestSpecificity = -1;
        double quality = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String media = parts[0].strip().toLowerCase(Locale.ROOT);
            int specificity;
            if (media.equals(type)) {
                specificity = 2;
            } else if (media.equals(type.substring(0, type.indexOf('/')) + "/*")) {
                specificity = 1;
            } else if (media.equals("*/*")) {
                specificity = 0;
            } else {
                continue;
            }
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip();
                if (parameter.toLowerCase(Locale.ROOT).startsWith("q=")) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(parameter.substring(2).strip())));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                quality = q;
            }
        }
        return quality;
    }
}
