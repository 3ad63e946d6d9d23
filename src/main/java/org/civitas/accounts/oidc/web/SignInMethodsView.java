package org.civitas.accounts.oidc.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.civitas.accounts.oidc.AccountIdentity;
import org.civitas.accounts.oidc.OidcAccounts;
import org.civitas.accounts.oidc.OidcFailure;
import org.civitas.accounts.oidc.OidcProvider;
import org.civitas.accounts.oidc.OidcProviders;
import org.civitas.accounts.oidc.OidcSessions;
import org.civitas.accounts.oidc.VerifiedIdentities;
import org.civitas.accounts.web.SignedInAccount;
import org.civitas.platform.web.Dates;
import org.civitas.platform.web.LocaleSelection;
import org.civitas.platform.web.Messages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The "Sign-in methods" part of account/index.xhtml: the providers configured, which of them sign this account in
 * (linked, and since when), which count as a verified identity; a link to add one (a plain address carrying the
 * session's link token: no script) and a button to remove one. Also says how a link or a first sign-in through a
 * provider went ({@code ?oidc=<outcome>&provider=<id>}, set by the callback).
 */
@Named
@RequestScoped
public class SignInMethodsView {

    /** One provider as My account shows it. */
    public static final class Method {
        private final OidcProvider provider;
        private final String linkedOn;
        private final boolean verifying;
        private final String linkAddress;
        private final boolean removable;

        Method(OidcProvider provider, String linkedOn, boolean verifying, String linkAddress, boolean removable) {
            this.provider = provider;
            this.linkedOn = linkedOn;
            this.verifying = verifying;
            this.linkAddress = linkAddress;
            this.removable = removable;
        }

        /** Whether it may be removed: not the last way into an account without a password. */
        public boolean isRemovable() {
            return removable;
        }

        public String getId() {
            return provider.id();
        }

        public String getLabel() {
            return provider.label();
        }

        public boolean isLinked() {
            return linkedOn != null;
        }

        /** The day it was linked, or null. */
        public String getLinkedOn() {
            return linkedOn;
        }

        /** Whether signing in through it counts as a verified identity. */
        public boolean isVerifying() {
            return verifying;
        }

        /** Where "Link" goes: the provider's start, with the session's link token. */
        public String getLinkAddress() {
            return linkAddress;
        }
    }

    @Inject
    private OidcProviders providers;

    @Inject
    private OidcAccounts accounts;

    @Inject
    private VerifiedIdentities verified;

    @Inject
    private SignedInAccount signedIn;

    @Inject
    private Messages messages;

    @Inject
    private Dates dates;

    @Inject
    private LocaleSelection locale;

    @Inject
    private FacesContext faces;

    private List<Method> methods = List.of();

    private boolean hasPassword;

    private List<String> verifiedThrough = List.of();

    private String outcome;

    private String provider;

    @PostConstruct
    void load() {
        Long id = signedIn.getId();
        if (id == null || providers.all().isEmpty()) {
            return;
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        String token = URLEncoder.encode(OidcSessions.linkToken(request.getSession()), StandardCharsets.UTF_8);
        OidcAccounts.CallerMethods mine = accounts.callerMethods();
        Map<String, AccountIdentity> linked = mine.identities().stream()
                .collect(Collectors.toMap(AccountIdentity::getProvider, Function.identity(), (a, b) -> a));
        Set<String> verifying = verified.methods();
        hasPassword = mine.hasPassword();
        boolean removable = mine.mayRemoveOne();
        methods = providers.all().stream().map(p -> new Method(p,
                linked.containsKey(p.id()) ? dates.date(linked.get(p.id()).getCreatedAt()) : null,
                verifying.contains(p.id()),
                request.getContextPath() + "/api/oidc/" + p.id() + "/start?link=" + token, removable)).toList();
        verifiedThrough = verified.verifiedThrough(id).stream()
                .map(p -> providers.find(p).map(OidcProvider::label).orElse(p)).toList();
    }

    /** Whether the page has a "Sign-in methods" part at all (only when providers are configured). */
    public boolean isOffered() {
        return !methods.isEmpty();
    }

    public List<Method> getMethods() {
        return methods;
    }

    /** Whether the account has a password (one opened through a provider has none until the person sets one). */
    public boolean isHasPassword() {
        return hasPassword;
    }

    /** The labels of the providers that verified this account's identity; empty when none did. */
    public List<String> getVerifiedThrough() {
        return verifiedThrough;
    }

    public boolean isVerified() {
        return !verifiedThrough.isEmpty();
    }

    /** The account no longer signs in through this provider. */
    public String unlink(String providerId) {
        accounts.unlinkFromCaller(providerId);
        messages.notice("signInMethods.unlinked", label(providerId));
        return "/account/index.xhtml?faces-redirect=true";
    }

    /** Says how a link (or a first sign-in) through a provider went; any other value is ignored. */
    public void explain() {
        if (outcome == null) {
            return;
        }
        // The view action runs before the layout's f:view sets the page's language
        faces.getViewRoot().setLocale(locale.getLocale());
        String label = label(provider);
        switch (outcome) {
            case "linked" -> messages.info("signInMethods.linked", label);
            case "already" -> messages.info("signInMethods.already", label);
            case "taken" -> messages.error("signInMethods.taken", label);
            case "another_subject" -> messages.error("signInMethods.anotherSubject", label);
            case "opened" -> messages.info("signInMethods.welcome", label);
            default -> Arrays.stream(OidcFailure.Reason.values())
                    .filter(r -> r.name().toLowerCase(Locale.ROOT).equals(outcome)).findFirst()
                    .ifPresent(r -> messages.error(OidcSignInView.messageKey(r)));
        }
    }

    private String label(String providerId) {
        return providers.find(providerId).map(OidcProvider::label).orElse("?");
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }
}
