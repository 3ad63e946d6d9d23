package org.civitas.moderation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.civitas.accounts.ConfirmationRules;
import org.civitas.accounts.Role;
import org.civitas.platform.Callers;
import org.civitas.platform.Limit;
import org.civitas.platform.RateLimiter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Reports of proposals and comments by signed-in accounts. Each report is one transaction; what it does (the lock, the
 * rules, hiding at the threshold, new accounts' reports) is {@link Reporting}'s, after the reporter's confirmed address
 * and within their limits.
 */
@Stateless
public class ReportService {

    @Inject
    private ConfirmationRules confirmations;

    @Inject
    private Reporting reporting;

    @Inject
    private RateLimiter limits;

    @Resource
    private SessionContext session;

    /** Reports one account may send in an hour. */
    @Inject
    @ConfigProperty(name = "civitas.limit.reports-per-hour", defaultValue = "20")
    private int reportsPerHour;

    /** Reports one account may send in a day: a steady hourly pace must not reach every item of the portal. */
    @Inject
    @ConfigProperty(name = "civitas.limit.reports-per-day", defaultValue = "50")
    private int reportsPerDay;

    /** What became of a report. */
    public record Outcome(long reportId, boolean hidden) {
    }

    /** The caller reports a proposal or a comment they can see and did not write; once per item. */
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.MODERATOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
    public Outcome report(@NotNull ReportTarget target, long targetId, @NotNull @Valid ReportForm form) {
        long reporter = Callers.requireAccountId(session);
        confirmations.require(reporter, ConfirmationRules.Action.REPORT);
        return reporting.file(reporter, target, targetId, form, () -> {
            limits.take(Limit.of("report", reportsPerHour, Duration.ofHours(1)), Long.toString(reporter),
                    "limit.reports");
            limits.take(Limit.of("report-day", reportsPerDay, Duration.ofDays(1)), Long.toString(reporter),
                    "limit.reportsPerDay");
        });
    }
}
