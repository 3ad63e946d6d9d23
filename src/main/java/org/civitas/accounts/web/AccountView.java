package org.civitas.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.accounts.Account;
import org.civitas.accounts.AccountService;
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

    private Account account;

    @PostConstruct
    void load() {
        Long id = signedIn.getId();
        account = id == null ? null : accounts.findActive(id).orElse(null);
    }

    public Account getAccount() {
        return account;
    }

    /** The registration date, as the town reads it: "22 novembre 2026". */
    public String getSince() {
        return account == null ? "" : dates.date(account.getCreatedAt());
    }
}
