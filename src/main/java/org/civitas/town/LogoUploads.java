package org.civitas.town;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.civitas.accounts.Role;
import org.civitas.platform.BusinessException;
import org.civitas.proposals.PhotoDecodes;
import org.civitas.proposals.PhotoRejectedException;

/**
 * A logo upload, checked like a proposal's photo and outside any transaction so that no database connection waits on
 * a decode: at most {@link #MAX_BYTES}, its type read from its content (JPEG, PNG or WebP), its pixels bounded before
 * decoding and decoded within bounded memory, re-encoded (no metadata kept) when {@link PhotoDecodes} gives it a turn,
 * then stored by {@link TownService#storeLogo} in a short transaction. A refusal names the logo field and says why.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LogoUploads {

    /** Largest logo accepted: a logo is small; a larger file is refused before anything is decoded. */
    public static final int MAX_BYTES = 1024 * 1024;

    @Inject
    private PhotoDecodes decodes;

    @Inject
    private TownService town;

    @RolesAllowed(Role.Names.ADMIN)
    public void upload(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw refused("empty");
        }
        if (upload.length > MAX_BYTES) {
            throw refused("tooLarge");
        }
        byte[] jpeg;
        try {
            jpeg = decodes.process(upload).thumbnail();
        } catch (PhotoRejectedException e) {
            String key = e.getMessageKey();
            throw refused(key.substring(key.indexOf('.') + 1));
        }
        town.storeLogo(jpeg);
    }

    private static BusinessException refused(String why) {
        return BusinessException.ofField(BusinessException.Kind.INVALID, "logo", "town.logoRejected." + why,
                MAX_BYTES / 1024);
    }
}
