package org.civitas.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civitas.accounts.AccessToken;
import org.civitas.accounts.AccessTokenService;
import org.civitas.accounts.AccountRecovery;
import org.civitas.accounts.TokenScope;
import org.civitas.platform.PlainLine;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.RequestIds;

import java.time.Clock;
import java.util.List;

/**
 * Backs account/tokens.xhtml: the caller's personal access tokens, each with its scope and expiry. A new token (read
 * only and 90 days unless the person chooses otherwise) is shown once, on the page that answers its creation (no redirect, so it is in no address and no history); revoking asks for confirmation
 * ({@code ?revoke=ID}), and so does revoking them all at once ({@code ?revokeAll=true}: where a new password leads).
 */
@Named
@RequestScoped
public class AccessTokensView {

    @Inject
    private RequestIds ids;

    @Inject
    private AccessTokenService tokens;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    @Inject
    private Clock clock;

    @NotBlank
    @Size(max = 60)
    @PlainLine
    private String name;

    /** Read only unless the person asks for more. */
    private TokenScope scope = TokenScope.READ;

    private int days = 90;

    private Long revoking;
    private AccessTokenService.Created created;
    private List<AccessToken> mine;

    @Inject
    private AccountRecovery recovery;

    /** Whether the page asks to confirm revoking every token ({@code ?revokeAll=true}, as after a new password). */
    private boolean revokingAll;

    @PostConstruct
    void read() {
        revoking = ids.get("revoke");
        revokingAll = "true".equals(faces.getExternalContext().getRequestParameterMap().get("revokeAll"));
    }

    public String revokeAll() {
        messages.notice("tokens.revokedAll", recovery.revokeAllTokens());
        return "/account/tokens.xhtml?faces-redirect=true";
    }

    public boolean isRevokingAll() {
        return revokingAll && getMine().stream().anyMatch(this::active);
    }

    /** Whether any token works now: then revoking them all is offered. */
    public boolean isAnyActive() {
        return getMine().stream().anyMatch(this::active);
    }

    public void create() {
        created = tokens.create(name, scope == null ? TokenScope.READ : scope, days);
        name = null;
        mine = null;
    }

    public String revoke() {
        tokens.revoke(revoking);
        messages.notice("tokens.revoked");
        return "/account/tokens.xhtml?faces-redirect=true";
    }

    public List<AccessToken> getMine() {
        if (mine == null) {
            mine = tokens.mine();
        }
        return mine;
    }

    /** The token being revoked, if it is one of the caller's and not revoked yet. */
    public AccessToken getRevokingToken() {
        return revoking == null ? null : getMine().stream()
                .filter(t -> t.getId().equals(revoking) && !t.isRevoked()).findFirst().orElse(null);
    }

    public Long getRevoking() {
        return revoking;
    }

    public AccessTokenService.Created getCreated() {
        return created;
    }

    /** The lifetimes offered, in days. */
    public List<Integer> getLifetimes() {
        return tokens.lifetimes();
    }

    /** "90 days", in the page's language. */
    public String daysLabel(int days) {
        return messages.text("tokens.daysOption", days);
    }

    /** Whether the token works now (neither revoked nor expired). */
    public boolean active(AccessToken token) {
        return token.isActive(clock.instant());
    }

    public TokenScope[] getScopes() {
        return TokenScope.values();
    }

    public TokenScope getScope() {
        return scope;
    }

    public void setScope(TokenScope scope) {
        this.scope = scope;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
