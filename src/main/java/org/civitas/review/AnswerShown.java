package org.civitas.review;

import org.civitas.platform.Paragraphs;
import org.civitas.proposals.ProposalStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An answer as the proposal's page shows it: the official's public name and the text as paragraphs and links. */
public record AnswerShown(long id, ProposalStatus decision, String officialName,
                          List<List<Paragraphs.Piece>> paragraphs, String body, BigDecimal costEstimate,
                          LocalDate plannedOn, Instant createdAt) {
}
