package org.civitas.contests;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.civitas.accounts.Role;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Callers;
import org.civitas.platform.Limit;
import org.civitas.platform.RateLimits;
import org.civitas.proposals.PhotoDecodes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * A photo submitted to a contest, in three steps outside any transaction of its own so that no database connection
 * waits on a decode: the account's upload limit is counted first (the proposals' {@code CIVITAS_LIMIT_PHOTOS_PER_HOUR},
 * shared), the photo is checked and re-encoded when {@link PhotoDecodes} gives it a turn, then
 * {@link ContestService#submit} stores it in a short transaction. A refused photo stores nothing and names the photo
 * field.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ContestUploads {

    @Inject
    private RateLimits limits;

    @Inject
    private PhotoDecodes decodes;

    @Inject
    private ContestService contests;

    @Resource
    private SessionContext session;

    @Inject
    @ConfigProperty(name = "civitas.limit.photos-per-hour", defaultValue = "20")
    private int photosPerHour;

    @RolesAllowed(Role.Names.CITIZEN)
    public ContestPhoto submit(long contestId, @NotNull @Valid PhotoSubmission submission, byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "photo", "photo.empty");
        }
        limits.take(Limit.of("photo", photosPerHour, Duration.ofHours(1)),
                Long.toString(Callers.requireAccountId(session)), "limit.photos");
        return contests.submit(contestId, submission, decodes.processField(upload));
    }
}
