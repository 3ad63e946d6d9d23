package org.civitas.accounts.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.civitas.accounts.AccessTokenCredential;
import org.civitas.accounts.AccountService;
import org.civitas.accounts.Role;
import org.civitas.accounts.oidc.OidcCredential;
import org.civitas.platform.PublicPage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a browser stays signed in: the HTTP session holds the account's id, nothing else does. Every request of a
 * signed-in browser is authenticated again from its session, with the account's roles as they are now, so
 * <ul>
 *   <li>with sessions in the shared database ({@code CIVITAS_SESSIONS=database}) a citizen stays signed in whichever
 *   server the request lands on, and after a restart (Liberty's own single-sign-on cookie would be resolved through
 *   the signing server's memory, which the other server does not have);</li>
 *   <li>the sign-in ends with the session (30 minutes idle, sign-out), a blocked or deleted account is signed out at
 *   its next request, so is every session of an account whose sessions were all ended (a new password, "sign out
 *   everywhere": the session's generation is behind the account's) and every session signed in more than
 *   {@code CIVITAS_SESSION_MAX_HOURS} ago (12 by default), and a role granted or revoked counts from the next
 *   request.</li>
 * </ul>
 * The sign-in page and the registration form call {@code SecurityContext.authenticate} with a credential, which the
 * identity store checks; a password sign-in and a sign-in through an OpenID provider ({@link OidcCredential}) are
 * remembered in the session, the latter with its provider and ID token. A REST call with a personal access
 * token ({@code Authorization: Bearer}) is authenticated by the token alone, in the same pass, without a session.
 * A visitor who asks for a protected page is sent to the sign-in page and, once signed in, back to what they asked
 * for.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The session attribute holding the signed-in account's id (a {@code Long}). */
    static final String ACCOUNT_ATTRIBUTE = "civitas.accountId";

    /**
     * The session attribute holding the generation of sign-ins the session belongs to (an {@code Integer}): once the
     * account's is higher (a password changed, "sign out everywhere"), the session no longer signs anyone in.
     */
    static final String EPOCH_ATTRIBUTE = "civitas.sessionEpoch";

    /** The session attribute holding when the session signed in (epoch milliseconds, a {@code Long}). */
    static final String SIGNED_IN_AT_ATTRIBUTE = "civitas.signedInAt";

    /**
     * The session attribute holding the page a visitor asked for before being sent to sign in: a path inside the
     * portal ({@link ReturnAddress}), never an address another site could be put in.
     */
    static final String ASKED_FOR_ATTRIBUTE = "civitas.askedFor";

    /**
     * The session attributes of a sign-in through an OpenID provider: the provider's id and the ID token, which its
     * logout takes as {@code id_token_hint} ({@link SignOutView}).
     */
    static final String PROVIDER_ATTRIBUTE = "civitas.oidcProvider";
    static final String ID_TOKEN_ATTRIBUTE = "civitas.oidcIdToken";

    /**
     * The request attribute in which a sign-in through a provider finds the page the visitor asked for before
     * (a path inside the portal): its callback answers the redirect itself.
     */
    public static final String RETURN_TO_ATTRIBUTE = "civitas.returnTo";

    private static final String SIGN_IN_PAGE = PublicPage.SIGN_IN.address();

    /** Where personal access tokens are accepted: the REST API's servlet path (decoded, unlike the request URI). */
    private static final String API = "/api";

    private static final String BEARER = "bearer ";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private AccountService accounts;

    @Inject
    private Clock clock;

    /**
     * How long a sign-in lasts at most, however active the browser (ASVS 7.3.2): after it, the person signs in again.
     * Twelve hours by default: a working day, never a shared computer left signed in for a week.
     */
    @Inject
    @ConfigProperty(name = "civitas.session.max-hours", defaultValue = "12")
    private int maxHours;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, credential);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && API.equals(request.getServletPath())) {
            return token(context, authorization);
        }
        HttpSession session = request.getSession(false);
        Object accountId = session == null ? null : session.getAttribute(ACCOUNT_ATTRIBUTE);
        if (accountId instanceof Long id) {
            int epoch = session.getAttribute(EPOCH_ATTRIBUTE) instanceof Integer e ? e : 0;
            long signedInAt = session.getAttribute(SIGNED_IN_AT_ATTRIBUTE) instanceof Long at ? at
                    : clock.millis();
            Optional<Set<Role>> roles = clock.millis() - signedInAt > Duration.ofHours(maxHours).toMillis()
                    ? Optional.empty() : accounts.currentRoles(id, epoch);
            if (roles.isPresent()) {
                return context.notifyContainerAboutLogin(id.toString(),
                        roles.get().stream().map(Role::name).collect(Collectors.toSet()));
            }
            // Blocked, deleted, every session ended since, or signed in too long ago: this browser is signed out.
            session.invalidate();
        }
        if (context.isProtected()) {
            // A page for signed-in people: sign in first, then come back here (a GET only: a form posted
            // without a sign-in has nothing to come back to).
            if ("GET".equals(request.getMethod())) {
                request.getSession().setAttribute(ASKED_FOR_ATTRIBUTE, ReturnAddress.of(request));
            }
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE);
        }
        return context.doNothing();
    }

    /**
     * A REST call carrying {@code Authorization: Bearer <personal access token>} acts as the token's account for this
     * request alone (no session), whatever cookie it also carries. Anything else in that header, or an unknown or
     * revoked token, leaves the call anonymous: {@code BearerTokenFilter} answers it with a 401.
     */
    private AuthenticationStatus token(HttpMessageContext context, String authorization) {
        if (authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return context.doNothing();
        }
        CredentialValidationResult result = identityStores.validate(
                new AccessTokenCredential(authorization.substring(BEARER.length()).strip()));
        return result.getStatus() == CredentialValidationResult.Status.VALID
                ? context.notifyContainerAboutLogin(result) : context.doNothing();
    }

    /**
     * A credential handed over by {@code SecurityContext.authenticate}. A password sign-in gets a new session id
     * (a session id planted before cannot be used after) and goes back to the page that asked for it, if any.
     */
    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
                                        Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // A provider's callback answers a refusal itself (a redirect to the sign-in page), not with a 401
            return credential instanceof OidcCredential ? AuthenticationStatus.SEND_FAILURE
                    : context.responseUnauthorized();
        }
        if (!(credential instanceof UsernamePasswordCredential) && !(credential instanceof OidcCredential)) {
            return context.notifyContainerAboutLogin(result);
        }
        request.getSession();
        request.changeSessionId();
        HttpSession session = request.getSession();
        long id = Long.parseLong(result.getCallerPrincipal().getName());
        session.setAttribute(ACCOUNT_ATTRIBUTE, id);
        session.setAttribute(EPOCH_ATTRIBUTE, accounts.sessionEpoch(id));
        session.setAttribute(SIGNED_IN_AT_ATTRIBUTE, clock.millis());
        Object askedFor = session.getAttribute(ASKED_FOR_ATTRIBUTE);
        session.removeAttribute(ASKED_FOR_ATTRIBUTE);
        session.removeAttribute(PROVIDER_ATTRIBUTE);
        session.removeAttribute(ID_TOKEN_ATTRIBUTE);
        AuthenticationStatus status = context.notifyContainerAboutLogin(result);
        if (credential instanceof OidcCredential oidc) {
            session.setAttribute(PROVIDER_ATTRIBUTE, oidc.provider());
            session.setAttribute(ID_TOKEN_ATTRIBUTE, oidc.idToken());
            if (askedFor instanceof String path) {
                request.setAttribute(RETURN_TO_ATTRIBUTE, path);
            }
            return status;
        }
        if (status == AuthenticationStatus.SUCCESS && askedFor instanceof String path) {
            return context.redirect(request.getContextPath() + path);
        }
        return status;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ACCOUNT_ATTRIBUTE);
            session.removeAttribute(EPOCH_ATTRIBUTE);
            session.removeAttribute(SIGNED_IN_AT_ATTRIBUTE);
            session.removeAttribute(PROVIDER_ATTRIBUTE);
            session.removeAttribute(ID_TOKEN_ATTRIBUTE);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
