package org.civitas.privacy;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.civitas.accounts.Role;
import org.civitas.platform.AuditLog;
import org.civitas.platform.Callers;
import org.civitas.platform.Limit;
import org.civitas.platform.RateLimiter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * The one transaction of a download: counted against the account's limit and written to the audit log before any
 * data leaves, so that a download that fails half-way is still on record. The data itself is read afterwards, outside
 * any transaction ({@link MyDataExport}).
 */
@Stateless
public class MyDataService {

    /** The audit log's action for a download. */
    public static final String DATA_EXPORTED = "DATA_EXPORTED";

    @Inject
    private RateLimiter limits;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext session;

    /** Downloads one account may make in an hour: each reads every table about it. */
    @Inject
    @ConfigProperty(name = "civitas.limit.data-exports-per-hour", defaultValue = "10")
    private int exportsPerHour;

    /** Records the caller's download (or refuses it past the limit) and returns the account whose data to write. */
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.MODERATOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
    public long startExport() {
        long accountId = Callers.requireAccountId(session);
        limits.take(Limit.of("data-export", exportsPerHour, Duration.ofHours(1)), Long.toString(accountId),
                "limit.dataExports");
        audit.record(DATA_EXPORTED, "ACCOUNT", accountId, null);
        return accountId;
    }
}
