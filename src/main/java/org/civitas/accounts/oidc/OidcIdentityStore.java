package org.civitas.accounts.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.civitas.accounts.Role;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Jakarta Security's view of the accounts for a sign-in through an OpenID provider: the caller is the account's id,
 * its groups its roles, as with a password ({@code AccountIdentityStore}, which leaves this credential alone).
 */
@ApplicationScoped
public class OidcIdentityStore implements IdentityStore {

    @Inject
    private OidcAccounts accounts;

    @Inject
    private HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof OidcCredential oidc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.signIn(oidc.provider(), oidc.subject(), request.getRemoteAddr())
                .map(signedIn -> new CredentialValidationResult(String.valueOf(signedIn.accountId()),
                        signedIn.roles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE);
    }
}
