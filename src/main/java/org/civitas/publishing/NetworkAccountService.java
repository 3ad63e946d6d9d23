package org.civitas.publishing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.civitas.accounts.Account;
import org.civitas.accounts.AccountService;
import org.civitas.accounts.Role;
import org.civitas.platform.AuditLog;
import org.civitas.platform.BusinessException;
import org.civitas.platform.SecretBox;
import org.civitas.proposals.District;
import org.civitas.proposals.TaxonomyService;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Administrators manage the city's accounts in the portal, one transaction each: a new account needs its secret, which
 * is sealed at once ({@link SecretBox}: without the server's key nothing is stored) and never shown again; changing an
 * account without a new secret keeps the one sealed. Editors are named by their accounts' e-mail addresses (one
 * unknown, and nothing is saved). Every change is in the audit log, never the secret.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class NetworkAccountService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SecretBox secrets;

    @Inject
    private AccountService accounts;

    @Inject
    private TaxonomyService taxonomy;

    @Inject
    private AuditLog audit;

    /** Every managed account, by name. */
    public List<NetworkAccount> all() {
        return em.createQuery("SELECT a FROM NetworkAccount a ORDER BY a.name, a.id", NetworkAccount.class)
                .setHint("eclipselink.batch", "a.editors").setHint("eclipselink.batch.type", "IN").getResultList();
    }

    public NetworkAccount find(long id) {
        NetworkAccount account = em.find(NetworkAccount.class, id);
        if (account == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "networkAccount.notFound");
        }
        return account;
    }

    /** Creates an account ({@code id} null) or changes one. */
    public NetworkAccount save(Long id, @NotNull @Valid NetworkAccountDraft draft) {
        if (draft.network().needsIdentifier() && (draft.identifier() == null || draft.identifier().isBlank())) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "identifier",
                    "networkAccount.identifierNeeded");
        }
        boolean newSecret = draft.secret() != null && !draft.secret().isBlank();
        NetworkAccount account;
        if (id == null) {
            if (!newSecret) {
                throw BusinessException.ofField(BusinessException.Kind.INVALID, "secret", "networkAccount.secretNeeded");
            }
            account = new NetworkAccount(draft.network(), clock.instant());
        } else {
            account = em.find(NetworkAccount.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (account == null) {
                throw new BusinessException(BusinessException.Kind.NOT_FOUND, "networkAccount.notFound");
            }
            if (account.getNetwork() != draft.network()) {
                throw BusinessException.ofField(BusinessException.Kind.INVALID, "network", "networkAccount.networkFixed");
            }
        }
        Long district = null;
        if (draft.district() != null && !draft.district().isBlank()) {
            district = taxonomy.allDistricts().stream().filter(d -> d.getCode().equals(draft.district().strip()))
                    .map(District::getId).findFirst().orElseThrow(() -> BusinessException.ofField(
                            BusinessException.Kind.INVALID, "district", "networkAccount.districtUnknown"));
        }
        Set<Long> editors = new LinkedHashSet<>();
        for (String email : draft.editors()) {
            Account editor = accounts.findByEmail(email.strip()).filter(a -> !a.isDeleted())
                    .orElseThrow(() -> BusinessException.ofField(BusinessException.Kind.INVALID, "editors",
                            "networkAccount.editorUnknown", email.strip()));
            editors.add(editor.getId());
        }
        account.change(draft, district, editors);
        if (newSecret) {
            String secret = draft.secret().strip();
            account.secret(secrets.seal(secret), secret);
        }
        if (id == null) {
            em.persist(account);
            em.flush();
        }
        audit.record(id == null ? "NETWORK_ACCOUNT_CREATED" : "NETWORK_ACCOUNT_CHANGED", "NETWORK_ACCOUNT",
                account.getId(), account.getNetwork().label() + (newSecret ? ", new secret" : ""));
        return account;
    }
}
