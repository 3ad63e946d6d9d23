package org.civitas.votes.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.accounts.oidc.VerifiedIdentities;
import org.civitas.accounts.web.SignedInAccount;
import org.civitas.platform.web.Messages;
import org.civitas.proposals.ProposalAddress;
import org.civitas.votes.Choice;
import org.civitas.votes.SupportRules;
import org.civitas.votes.Tally;
import org.civitas.votes.VoteService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Backs the vote bar of a proposal's page (WEB-INF/includes/vote-bar.xhtml). Its buttons vote by ajax, and the
 * same buttons post the form when JavaScript is off: then the page is loaded again (post, redirect, get).
 */
@Named
@RequestScoped
public class VoteBarView {

    @Inject
    private VoteService votes;

    @Inject
    private SignedInAccount signedIn;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    @Inject
    private VerifiedIdentities verifiedIdentities;

    @Inject
    private SupportRules rules;

    private Long required;

    private Tally tally;
    private Optional<Choice> mine;
    private Boolean verificationMissing;

    public void voteFor(long proposalId) {
        cast(proposalId, Choice.FOR);
    }

    public void voteAgainst(long proposalId) {
        cast(proposalId, Choice.AGAINST);
    }

    public void withdraw(long proposalId) {
        tally = votes.withdraw(proposalId);
        mine = Optional.empty();
        done("vote.withdrawn");
    }

    private void cast(long proposalId, Choice choice) {
        tally = votes.vote(proposalId, choice);
        mine = Optional.of(choice);
        done(choice == Choice.FOR ? "vote.castFor" : "vote.castAgainst");
    }

    /**
     * Ajax: a message on the updated bar. Plain post: a notice, and the proposal's page again by GET (its short
     * address redirects to the one with the slug).
     */
    private void done(String key) {
        if (faces.getPartialViewContext().isAjaxRequest()) {
            messages.info(key);
            return;
        }
        messages.notice(key);
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + ProposalAddress.of(tally.proposalId()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The caller's vote on this proposal, read once per request. */
    public String myVote(long proposalId) {
        if (mine == null) {
            mine = signedIn.isSignedIn() ? votes.myVote(proposalId) : Optional.empty();
        }
        return mine.map(Enum::name).orElse("");
    }

    /**
     * Whether supports need a verified identity that the signed-in person has not got yet: the bar then says how to
     * get one (a support would be refused with the same words).
     */
    public boolean isVerificationMissing() {
        if (verificationMissing == null) {
            Long id = signedIn.getId();
            verificationMissing = id != null && verifiedIdentities.requiredForSupports()
                    && !verifiedIdentities.isVerified(id);
        }
        return verificationMissing;
    }

    /** The supports a published proposal needs to go before the elected officials (at least one). */
    public long getRequired() {
        if (required == null) {
            required = Math.max(1, rules.requiredVotes());
        }
        return required;
    }

    /** The progress bar's value: the supports, up to the threshold. */
    public long progress(long votesFor) {
        return Math.min(votesFor, getRequired());
    }

    /** The tallies after a vote in this request, or null (then the page shows the proposal's own). */
    public Tally getTally() {
        return tally;
    }
}
