package org.civitas.accounts.oidc.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.accounts.oidc.OidcFailure;
import org.civitas.accounts.oidc.OidcProvider;
import org.civitas.accounts.oidc.OidcProviders;
import org.civitas.platform.web.LocaleSelection;
import org.civitas.platform.web.Messages;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The providers' buttons on signin.xhtml (plain links to {@code /api/oidc/{id}/start}: no script), and the words for a
 * sign-in through one that failed ({@code ?oidc=<reason>}, set by the callback).
 */
@Named
@RequestScoped
public class OidcSignInView {

    @Inject
    private OidcProviders providers;

    @Inject
    private Messages messages;

    @Inject
    private LocaleSelection locale;

    @Inject
    private FacesContext faces;

    private String failure;

    /** The providers offered, as {@code p.id()} and {@code p.label()} in EL. */
    public List<OidcProvider> getProviders() {
        return providers.all();
    }

    /** Says why a sign-in through a provider failed, for a reason the callback names (anything else is ignored). */
    public void explain() {
        if (failure == null) {
            return;
        }
        Arrays.stream(OidcFailure.Reason.values()).filter(r -> r.name().toLowerCase(Locale.ROOT).equals(failure))
                .findFirst().ifPresent(this::explain);
    }

    private void explain(OidcFailure.Reason reason) {
        // The view action runs before the layout's f:view sets the page's language: set it now for the message
        faces.getViewRoot().setLocale(locale.getLocale());
        messages.error(messageKey(reason));
    }

    /** The words for a failed sign-in or link through a provider. */
    static String messageKey(OidcFailure.Reason reason) {
        return switch (reason) {
            case STATE -> "oidc.error.state";
            case PROVIDER -> "oidc.error.provider";
            case UNAVAILABLE -> "oidc.error.unavailable";
            case TOKEN -> "oidc.error.token";
            case NO_EMAIL -> "oidc.error.no_email";
            case REFUSED -> "oidc.error.refused";
        };
    }

    public String getFailure() {
        return failure;
    }

    public void setFailure(String failure) {
        this.failure = failure;
    }
}
