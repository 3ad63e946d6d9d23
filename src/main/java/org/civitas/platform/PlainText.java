package org.civitas.platform;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Paragraphs of text as a person types them (a proposal's body, a comment, a reason): line breaks and tabs allowed,
 * other control characters and invisible format characters (a right-to-left override, say) not. The one declaration
 * of this rule; a null value is valid (say {@code @NotBlank} too where one is required). Shown through
 * {@link Paragraphs}, never as markup.
 */
@Pattern(regexp = PlainText.REGEXP)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface PlainText {

    /** Line breaks and tabs, no other control or format character. */
    String REGEXP = "(?s)[^\\p{Cf}\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

    String message() default "{civitas.noControlCharacters}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
