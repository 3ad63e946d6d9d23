package org.civitas.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.platform.SettingsService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Arrays;
import java.util.logging.Logger;

/**
 * The steps several account changes share, in their caller's transaction: sending an address its confirmation link,
 * knowing whether an account may still become the first administrator, and ending everything a password opened.
 */
@ApplicationScoped
class AccountSafeguards {

    /** The setting that records that the configuration's administrator was granted (its value: the account id). */
    static final String BOOTSTRAP_SETTING = "accounts.bootstrap-admin";

    private static final Logger LOG = Logger.getLogger(AccountSafeguards.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountLinks links;

    @Inject
    private AccountMails mails;

    @Inject
    private SettingsService settings;

    @Inject
    private Clock clock;

    /** Emails whose first confirmed one becomes administrator: how a town's first admin gets in (server.env). */
    @Inject
    @ConfigProperty(name = "civitas.admin.emails", defaultValue = " ")
    private String adminEmails;

    /**
     * Mails the account its confirmation link. For an address of {@code CIVITAS_ADMIN_EMAILS} while no administrator
     * came from it yet, the link is also written in the server's log: a town without mail can still start.
     */
    void sendConfirmation(Account account) {
        String token = links.issue(account.getId(), AccountLink.Purpose.CONFIRM_EMAIL, null);
        mails.confirmAddress(account, token);
        if (mayBecomeFirstAdmin(account)) {
            LOG.warning(() -> "First administrator: account " + account.getId() + " registered with an address of "
                    + "CIVITAS_ADMIN_EMAILS. It becomes administrator once its address is confirmed, by the link sent "
                    + "to it or this one (valid " + AccountLink.Purpose.CONFIRM_EMAIL.minutes() / 60 + " hours): "
                    + mails.confirmationLink(token));
        }
    }

    /** Whether confirming this account's address would make it the first administrator. */
    boolean mayBecomeFirstAdmin(Account account) {
        String key = account.getEmailKey();
        return key != null && !key.isEmpty()
                && Arrays.stream(adminEmails.split(",")).map(Account::emailKey).anyMatch(key::equals)
                && settings.find(BOOTSTRAP_SETTING).isEmpty();
    }

    /**
     * Ends every session of the account and its unused links, and with {@code tokensToo} revokes its access tokens.
     * Returns the generation a session signing in from now on holds.
     */
    int endSessions(Account account, boolean tokensToo) {
        int epoch = account.endSessions();
        links.endAll(account.getId());
        if (tokensToo) {
            revokeTokens(account.getId());
        }
        return epoch;
    }

    /** Revokes every access token of the account; returns how many still worked. */
    int revokeTokens(long accountId) {
        return em.createQuery("UPDATE AccessToken t SET t.revokedAt = :now WHERE t.accountId = :a "
                        + "AND t.revokedAt IS NULL")
                .setParameter("now", clock.instant()).setParameter("a", accountId).executeUpdate();
    }
}
