package org.civitas.accounts.oidc.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.accounts.oidc.OidcAccounts;
import org.civitas.accounts.oidc.OidcProvider;
import org.civitas.accounts.oidc.OidcProviders;
import org.civitas.accounts.oidc.VerifiedIdentities;
import org.civitas.platform.web.Messages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The "Verified identity" form of admin/accounts.xhtml: which providers' sign-in counts as a verified identity, and
 * whether supporting a proposal needs one (towns ask for it when supports decide something).
 */
@Named
@RequestScoped
public class VerifiedIdentityAdminView {

    @Inject
    private OidcAccounts accounts;

    @Inject
    private OidcProviders providers;

    @Inject
    private VerifiedIdentities verified;

    @Inject
    private Messages messages;

    /** The ids of the providers ticked (one no checkbox offers is refused by the service). */
    private List<String> methods;

    private boolean supportsNeedVerified;

    @PostConstruct
    void load() {
        methods = new ArrayList<>(verified.methods());
        supportsNeedVerified = verified.requiredForSupports();
    }

    public String save() {
        accounts.setVerifiedIdentity(new LinkedHashSet<>(methods == null ? List.of() : methods), supportsNeedVerified);
        messages.notice("verified.saved");
        return "/admin/accounts.xhtml?faces-redirect=true";
    }

    /** The providers configured on the server, in their order. */
    public List<OidcProvider> getProviders() {
        return providers.all();
    }

    public List<String> getMethods() {
        return methods;
    }

    public void setMethods(List<String> methods) {
        this.methods = methods;
    }

    public boolean isSupportsNeedVerified() {
        return supportsNeedVerified;
    }

    public void setSupportsNeedVerified(boolean supportsNeedVerified) {
        this.supportsNeedVerified = supportsNeedVerified;
    }
}
