package org.civitas.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.accounts.Account;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.civitas.accounts.AccountRecovery;
import org.civitas.accounts.AccountService;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.Dates;

/** Backs account/index.xhtml: what the portal knows about the signed-in person. */
@Named
@RequestScoped
public class AccountView {

    @Inject
    private AccountService accounts;

    @Inject
    private SignedInAccount signedIn;

    @Inject
    private Dates dates;

    @Inject
    private AccountRecovery recovery;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private Account account;

    @PostConstruct
    void load() {
        Long id = signedIn.getId();
        account = id == null ? null : accounts.findActive(id).orElse(null);
    }

    public Account getAccount() {
        return account;
    }

    /** Sends the confirmation link again (limited to a few an hour). */
    public String resendConfirmation() {
        messages.notice(recovery.resendConfirmation() ? "account.confirmSent" : "account.alreadyConfirmed");
        return "/account/index.xhtml?faces-redirect=true";
    }

    /** Ends every session of the account, this browser's included. */
    public String signOutEverywhere() throws ServletException {
        recovery.signOutEverywhere();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout();
        messages.notice("account.signedOutEverywhere");
        return "/signin.xhtml?faces-redirect=true";
    }

    /** The registration date, as the town reads it: "22 novembre 2026". */
    public String getSince() {
        return account == null ? "" : dates.date(account.getCreatedAt());
    }
}
