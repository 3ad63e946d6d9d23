package org.civitas.proposals;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.civitas.accounts.Role;
import org.civitas.platform.Callers;
import org.civitas.platform.Limit;
import org.civitas.platform.RateLimits;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * An author's photo upload, in three steps, outside any transaction of its own so that no database connection waits
 * on a decode: the account's upload limit is counted first ({@code CIVITAS_LIMIT_PHOTOS_PER_HOUR}, 20 by default,
 * refused uploads included, before anything is decoded), the photo is decoded and re-encoded when its turn comes
 * ({@link PhotoDecodes}), then {@link ProposalService#attachPhoto} stores it in a short transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PhotoUploads {

    @Inject
    private RateLimits limits;

    @Inject
    private PhotoDecodes decodes;

    @Inject
    private ProposalService proposals;

    @Resource
    private SessionContext session;

    @Inject
    @ConfigProperty(name = "civitas.limit.photos-per-hour", defaultValue = "20")
    private int photosPerHour;

    @RolesAllowed(Role.Names.CITIZEN)
    public Proposal attach(long proposalId, byte[] upload) {
        limits.take(Limit.of("photo", photosPerHour, Duration.ofHours(1)),
                Long.toString(Callers.requireAccountId(session)), "limit.photos");
        return proposals.attachPhoto(proposalId, decodes.process(upload));
    }
}
