package org.civitas.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.civitas.platform.Texts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The Faces converters of the portal's forms: what people type as an amount in euros, a share in percent or a date
 * becomes a value once, here, with a message in their language when it cannot; views receive typed values and never
 * parse. Used as {@code <cv:field ... converter="civitas.euros"/>}.
 */
public final class Converters {

    private Converters() {
    }

    /** The refusal of a conversion, as a message on the field. */
    private static ConverterException refused(FacesContext faces, String key) {
        String text = Texts.get(faces.getViewRoot().getLocale(), key);
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** A number as French and English people type it: spaces (any kind) between thousands, a comma or a point. */
    static BigDecimal decimal(String typed, String... unitsToDrop) {
        String cleaned = typed.strip().replace(" ", "").replace("\u202F", "").replace("\u00A0", "");
        for (String unit : unitsToDrop) {
            cleaned = cleaned.replace(unit, "");
        }
        return new BigDecimal(cleaned.replace(',', '.'));
    }

    /** An amount in euros, zero or more, two decimals at most, below a thousand billion ("1 234,50 €"). */
    @FacesConverter("civitas.euros")
    public static class Euros implements Converter<BigDecimal> {

        @Override
        public BigDecimal getAsObject(FacesContext faces, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                BigDecimal amount = decimal(value, "€");
                if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 12) {
                    throw refused(faces, "converter.euros");
                }
                return amount;
            } catch (NumberFormatException e) {
                throw refused(faces, "converter.euros");
            }
        }

        @Override
        public String getAsString(FacesContext faces, UIComponent component, BigDecimal value) {
            return value == null ? "" : value.toPlainString();
        }
    }

    /** A whole number of euros, zero or more, below a thousand billion ("200 000 €"): budgets' amounts and costs. */
    @FacesConverter("civitas.wholeEuros")
    public static class WholeEuros implements Converter<Long> {

        @Override
        public Long getAsObject(FacesContext faces, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                BigDecimal amount = decimal(value, "€").stripTrailingZeros();
                if (amount.signum() < 0 || amount.scale() > 0 || amount.precision() - amount.scale() > 12) {
                    throw refused(faces, "converter.wholeEuros");
                }
                return amount.longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                throw refused(faces, "converter.wholeEuros");
            }
        }

        @Override
        public String getAsString(FacesContext faces, UIComponent component, Long value) {
            return value == null ? "" : value.toString();
        }
    }

    /** A share in percent, above 0 and at most 100, two decimals at most ("1,5 %"). */
    @FacesConverter("civitas.percent")
    public static class Percent implements Converter<BigDecimal> {

        @Override
        public BigDecimal getAsObject(FacesContext faces, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                BigDecimal share = decimal(value, "%");
                if (share.signum() <= 0 || share.compareTo(BigDecimal.valueOf(100)) > 0 || share.scale() > 2) {
                    throw refused(faces, "converter.percent");
                }
                return share;
            } catch (NumberFormatException e) {
                throw refused(faces, "converter.percent");
            }
        }

        @Override
        public String getAsString(FacesContext faces, UIComponent component, BigDecimal value) {
            return value == null ? "" : value.stripTrailingZeros().toPlainString();
        }
    }

    /** A day (ISO, as date fields send it) between the years 2000 and 2100. */
    @FacesConverter("civitas.date")
    public static class Day implements Converter<LocalDate> {

        @Override
        public LocalDate getAsObject(FacesContext faces, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                LocalDate day = LocalDate.parse(value.strip());
                if (day.getYear() < 2000 || day.getYear() > 2100) {
                    throw refused(faces, "converter.date");
                }
                return day;
            } catch (DateTimeParseException e) {
                throw refused(faces, "converter.date");
            }
        }

        @Override
        public String getAsString(FacesContext faces, UIComponent component, LocalDate value) {
            return value == null ? "" : value.toString();
        }
    }
}
