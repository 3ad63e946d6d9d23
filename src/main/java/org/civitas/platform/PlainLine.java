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
 * One line of text as a person types it (a title, a name): no control character at all, and no invisible format
 * character such as a right-to-left override, which would let a name pass for another. The one declaration of this
 * rule; a null value is valid (say {@code @NotBlank} too where one is required).
 */
@Pattern(regexp = PlainLine.REGEXP)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface PlainLine {

    /** No control or format character. */
    String REGEXP = "[^\\p{Cntrl}\\p{Cf}]*";

    String message() default "{civitas.noControlCharacters}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
