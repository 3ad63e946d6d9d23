package org.civitas.moderation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Reports filed on behalf of their reporters, for seeding at start-up (the demo town): there is no signed-in reporter
 * then. The same path as {@link ReportService#report} ({@link Reporting}: the lock, the rules, hiding at the
 * threshold), at the clock's time, without the reporter's limits and confirmation. No view or resource reaches it,
 * which is why it needs no role.
 */
@Stateless
@PermitAll
public class ReportSeeder {

    @Inject
    private Reporting reporting;

    public ReportService.Outcome report(long reporterId, @NotNull ReportTarget target, long targetId,
                                        @NotNull @Valid ReportForm form) {
        return reporting.file(reporterId, target, targetId, form, () -> { });
    }
}
