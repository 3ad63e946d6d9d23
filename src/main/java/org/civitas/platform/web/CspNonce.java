package org.civitas.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The response's CSP nonce (PrimeFaces makes one per view). Every form posts it back as {@code primefaces.nonce}
 * (see WEB-INF/tags/form-nonce.xhtml): PrimeFaces refuses a postback whose nonce does not match the view's, and
 * its scripts add the field only on pages that load them, so a plain form, or a browser without JavaScript,
 * would otherwise be refused.
 */
@Named
@RequestScoped
public class CspNonce {

    @Inject
    private FacesContext faces;

    public String getValue() {
        return PrimeFacesContext.getCspState(faces).getNonce();
    }
}
