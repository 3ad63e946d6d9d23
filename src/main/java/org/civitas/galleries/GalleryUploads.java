package org.civitas.galleries;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.civitas.accounts.Role;
import org.civitas.proposals.PhotoDecodes;

/**
 * One of the town's photos put in a gallery: checked and re-encoded when {@link PhotoDecodes} gives it a turn,
 * outside any transaction, then stored by {@link GalleryService#addTownPhoto} in a short one. A refused photo stores
 * nothing and names the photo field.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GalleryUploads {

    @Inject
    private PhotoDecodes decodes;

    @Inject
    private GalleryService galleries;

    @RolesAllowed(Role.Names.OFFICIAL)
    public TownPhoto add(long galleryId, @NotNull @Valid TownPhotoText text, byte[] upload) {
        return galleries.addTownPhoto(galleryId, text, decodes.processField(upload));
    }
}
