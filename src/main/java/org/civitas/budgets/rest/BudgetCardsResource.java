package org.civitas.budgets.rest;

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
import org.civitas.budgets.Budget;
import org.civitas.budgets.BudgetPage;
import org.civitas.budgets.BudgetService;
import org.civitas.budgets.PhaseDates;
import org.civitas.platform.Euros;
import org.civitas.platform.Texts;
import org.civitas.platform.Town;
import org.civitas.platform.rest.Conditional;
import org.civitas.sharing.LastCards;
import org.civitas.sharing.ShareCard;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * A public budget's 1200 × 630 preview card, {@code /cards/budgets/{id}.png} (also under {@code /api}): the town,
 * the budget's title, its amount and current phase, the dates of its vote. In French, the town's language, as
 * proposals' cards are. Drawn once per budget's version and phase (the phase moves with the calendar), kept since a
 * town has a few budgets.
 */
@ApplicationScoped
@Path("cards/budgets")
public class BudgetCardsResource {

    private final LastCards drawn = new LastCards();

    @Inject
    private BudgetService budgets;

    @Inject
    private Town town;

    @GET
    @Path("{id:[0-9]{1,18}}.png")
    @Produces("image/png")
    @Operation(summary = "A participatory budget's preview card (1200 × 630 PNG), for link previews")
    @APIResponse(responseCode = "200", description = "The PNG")
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such public budget")
    public Response card(@PathParam("id") long id, @Context Request request) {
        BudgetPage page = budgets.page(id, false).orElseThrow(NotFoundException::new);
        String tag = "budget-card-" + id + "-" + page.budget().getVersion() + "-" + page.phase();
        return Conditional.answer(request, new EntityTag(tag), CacheControl.valueOf("public, max-age=300"),
                () -> Response.ok(drawn.get(id, tag, () -> png(page)))).build();
    }

    private byte[] png(BudgetPage page) {
        Budget budget = page.budget();
        Locale fr = Locale.FRENCH;
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(fr);
        PhaseDates phases = budget.getPhases();
        return ShareCard.png(new ShareCard.Content(town.getName(), budget.getTitle(),
                Texts.get(fr, "budget.card.now", Euros.whole(budget.getTotalAmount(), fr),
                        Texts.get(fr, page.phase().messageKey())),
                Texts.get(fr, "budget.list.vote", day.format(phases.voting()), day.format(phases.results().minusDays(1)))));
    }
}
