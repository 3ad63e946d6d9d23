package org.civitas.publishing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.platform.mail.MailSettings;
import org.civitas.platform.outbox.Receipt;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalAddress;
import org.civitas.sharing.ShareService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Posts of the demo town's past on its accounts, written as delivered (the demo posts nothing anywhere), with what
 * each achieved: so that the dashboard's section on the town's posts has something to show. Nothing else calls it.
 */
@Stateless
@PermitAll
public class PublicationSeeder {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private MailSettings mail;

    /** A post of a proposal on one of the environment's networks, {@code daysAgo} days ago, with its figures. */
    public void posted(long proposalId, long official, String network, int daysAgo, Engagement engagement) {
        Proposal proposal = em.find(Proposal.class, proposalId);
        if (proposal == null) {
            return;
        }
        Instant when = clock.instant().minus(Duration.ofDays(daysAgo));
        String key = PublicationService.key(proposalId, null, network);
        String link = ShareService.tagged(mail.publicUrl() + ProposalAddress.of(proposal), network, proposalId, null,
                key);
        Publication publication = new Publication(key, network, proposalId, null, proposal.getTitle(), link, official,
                when);
        String remote = Long.toString(100_000 + proposalId * 10 + network.length());
        publication.seeded(when, new Receipt(remote, "https://" + network + ".example/@belleville/" + remote));
        publication.engagement(engagement, null, clock.instant());
        em.persist(publication);
    }
}
