package org.civitas.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

import java.util.stream.Collectors;

/**
 * Jakarta Security's view of the accounts: the caller is the account's id (emails change and disappear; ids do
 * not), its groups are its roles. Lockout and failure counting happen in {@link AccountService#signIn}, so every way
 * in goes through them.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;

    /** The request attribute that tells the sign-in page why a sign-in failed (a blocked account, say). */
    public static final String OUTCOME_ATTRIBUTE = "civitas.signInOutcome";

    /** The request attribute holding the {@link TokenScope} of the token a REST call was signed in with. */
    public static final String TOKEN_SCOPE_ATTRIBUTE = "civitas.tokenScope";

    @Inject
    private HttpServletRequest request;

    @Inject
    private TokenAuthenticator tokens;

    /**
     * Dispatches on the credential's type itself: the interface's default method finds the overload through method
     * handles looked up again at every call, on the path of every token request.
     */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof AccessTokenCredential token) {
            return validate(token);
        }
        if (credential instanceof UsernamePasswordCredential password) {
            return validate(password);
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInOutcome outcome = accounts.signIn(credential.getCaller(), credential.getPasswordAsString(),
                request.getRemoteAddr());
        request.setAttribute(OUTCOME_ATTRIBUTE, outcome.status());
        if (outcome.status() != SignInOutcome.Status.SIGNED_IN) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(outcome.accountId().toString(),
                outcome.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    /**
     * A personal access token from an {@code Authorization: Bearer} header (see {@code BearerTokenFilter}, which also
     * holds the call to the token's scope, left in the request as {@link #TOKEN_SCOPE_ATTRIBUTE}).
     */
    public CredentialValidationResult validate(AccessTokenCredential credential) {
        return tokens.authenticate(credential.token())
                .map(identity -> {
                    request.setAttribute(TOKEN_SCOPE_ATTRIBUTE, identity.scope());
                    return new CredentialValidationResult(String.valueOf(identity.accountId()),
                            identity.roles().stream().map(Role::name).collect(Collectors.toSet()));
                })
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
