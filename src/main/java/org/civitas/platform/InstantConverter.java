package org.civitas.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores {@link Instant}s as SQL TIMESTAMPs: Jakarta Persistence 3.1 (EclipseLink 4.0 in Liberty) does not map
 * Instant natively and would serialise it to bytes. Timestamps hold UTC: the server runs in UTC and
 * {@link java.sql.Timestamp#from} keeps the instant's epoch value.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
