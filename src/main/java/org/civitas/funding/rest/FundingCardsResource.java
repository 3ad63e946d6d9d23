package org.civitas.funding.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.civitas.funding.CampaignStatus;
import org.civitas.funding.CampaignSummary;
import org.civitas.funding.FundingReader;
import org.civitas.platform.Euros;
import org.civitas.platform.Texts;
import org.civitas.platform.Town;
import org.civitas.platform.rest.Conditional;
import org.civitas.sharing.LastCards;
import org.civitas.sharing.ShareCard;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * A funding campaign's 1200 × 630 preview card, {@code /cards/funding/{id}.png} (also under {@code /api}): the town,
 * the campaign's title, what is raised of its goal with its backers, and its closing day or outcome. In French, the
 * town's language, as the other cards are. Drawn again only when the campaign's figures or its days left change
 * (the last card of each campaign is kept: a town runs a few).
 */
@ApplicationScoped
@Path("cards/funding")
public class FundingCardsResource {

    private final LastCards drawn = new LastCards();

    @Inject
    private FundingReader reader;

    @Inject
    private Town town;

    @GET
    @Path("{id:[0-9]{1,18}}.png")
    @Produces("image/png")
    @Operation(summary = "A funding campaign's preview card (1200 × 630 PNG), for link previews")
    @APIResponse(responseCode = "200", description = "The PNG")
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such campaign")
    public Response card(@PathParam("id") long id, @Context Request request) {
        CampaignSummary c = reader.campaign(id).orElseThrow(NotFoundException::new);
        String tag = "funding-card-" + id + "-" + c.raisedCents() + "-" + c.backers() + "-" + c.status() + "-"
                + c.daysLeft();
        return Conditional.answer(request, new EntityTag(tag), CacheControl.valueOf("public, max-age=300"),
                () -> Response.ok(drawn.get(id, tag, () -> png(c)))).build();
    }

    private byte[] png(CampaignSummary c) {
        Locale fr = Locale.FRENCH;
        String raised = Euros.whole(BigDecimal.valueOf(c.raisedCents(), 2), fr);
        String goal = Euros.whole(BigDecimal.valueOf(c.goalCents(), 2), fr);
        String outcome = "funding.status." + c.status().name();
        String when = c.status() == CampaignStatus.OPEN
                ? Texts.get(fr, "funding.card.until", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(fr).format(c.closesOn()))
                : Texts.get(fr, outcome);
        return ShareCard.png(new ShareCard.Content(town.getName(), c.title(), when,
                Texts.get(fr, "funding.card.figures", raised, goal, c.backers())));
    }
}
