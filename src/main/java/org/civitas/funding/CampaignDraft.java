package org.civitas.funding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.civitas.platform.PlainLine;
import org.civitas.platform.PlainText;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign as an official enters it: its kind, title, what the money pays for, the goal in cents (1 € to
 * 1 billion €), the closing day, the mode (donations only: loans and equity keep what the provider raises), the
 * provider's page (loans and equity: https), and its rewards and needs (none, or up to 20 each).
 */
public record CampaignDraft(@NotNull CampaignKind kind,
                            @NotBlank @Size(min = 5, max = 150) @PlainLine String title,
                            @NotBlank @Size(max = 4000) @PlainText String purpose,
                            @Min(100) @Max(100_000_000_000L) long goalCents,
                            @NotNull LocalDate closesOn,
                            @NotNull FundingMode mode,
                            @Size(max = 500) @Pattern(regexp = "https://[^\\s]+|http://(localhost|127\\.0\\.0\\.1)[:/][^\\s]*",
                                    message = "{funding.urlInvalid}") String providerUrl,
                            @NotNull @Size(max = 20) List<@NotNull @Valid RewardDraft> rewards,
                            @NotNull @Size(max = 20) List<@NotNull @Valid NeedDraft> needs) {

    /** A reward: its title, what it is, the least pledge that earns it (cents), how many there are (none: no limit). */
    public record RewardDraft(@NotBlank @Size(max = 150) @PlainLine String title,
                              @Size(max = 1000) @PlainText String description,
                              @Min(100) @Max(10_000_000_000L) long minCents,
                              @Min(1) @Max(1_000_000) Integer quantity) {
    }

    /** A need: goods or time, what, how many (items or people), and the day (time). */
    public record NeedDraft(@NotNull NeedKind kind,
                            @NotBlank @Size(max = 150) @PlainLine String title,
                            @Min(1) @Max(100_000) int needed,
                            LocalDate neededOn) {
    }
}
