package org.civitas.review;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.platform.PlainText;
import org.civitas.proposals.ProposalStatus;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What an official's answer says: a decision, a public text, and optionally a cost estimate (euros) and a date. */
public record AnswerForm(
        @NotNull ProposalStatus decision,
        @NotBlank @Size(max = 5000) @PlainText
        String body,
        @DecimalMin("0") @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2) BigDecimal costEstimate,
        LocalDate plannedOn) {
}
