package org.civitas.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.accounts.AccountRecovery;
import org.civitas.platform.web.Messages;

/**
 * Backs confirm.xhtml, which a confirmation link opens: a button confirms (a POST: mail scanners that open links
 * confirm nothing), for the address given at registration ({@code what=email}) or a new one ({@code what=change}).
 * Whoever holds the link may confirm, signed in or not, in any browser.
 */
@Named
@RequestScoped
public class ConfirmAddressView {

    @Inject
    private AccountRecovery recovery;

    @Inject
    private SignedInAccount signedIn;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private String token;

    private String what;

    /** The token and its kind come from the address (the link) or the form's hidden fields. */
    @PostConstruct
    void read() {
        token = faces.getExternalContext().getRequestParameterMap().get("token");
        what = faces.getExternalContext().getRequestParameterMap().get("what");
    }

    public boolean isChange() {
        return "change".equals(what);
    }

    public String confirm() {
        AccountRecovery.Confirmed confirmed = isChange() ? recovery.confirmEmailChange(token)
                : recovery.confirmEmail(token);
        signedIn.forget();
        messages.notice(confirmed.becameAdmin() ? "confirm.doneAdmin" : isChange() ? "confirm.doneChange"
                : "confirm.done", confirmed.email());
        return (signedIn.isSignedIn() ? "/account/index.xhtml" : "/signin.xhtml") + "?faces-redirect=true";
    }

    public String getToken() {
        return token;
    }

    public String getWhat() {
        return what;
    }
}
