package org.civitas.sharing.rest;

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
import org.civitas.platform.Texts;
import org.civitas.platform.Town;
import org.civitas.platform.rest.Conditional;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalReader;
import org.civitas.sharing.ShareCard;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A proposal's 1200 × 630 preview card, {@code /cards/{id}.png} (also at {@code /api/cards/}), drawn on the first
 * request and kept until the proposal changes (its version moves with every vote, comment, edit or answer). In
 * French, the town's language: previews are seen by people outside the portal.
 */
@ApplicationScoped
@Path("cards")
public class CardsResource {

    private static final int KEPT = 500;

    /** The last cards drawn, by proposal: {version, png}. */
    private final Map<Long, Object[]> drawn = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Object[]> eldest) {
            return size() > KEPT;
        }
    };

    @Inject
    private ProposalReader proposals;

    @Inject
    private Town town;

    @GET
    @Path("{id:[0-9]{1,18}}.png")
    @Produces("image/png")
    @Operation(summary = "A proposal's preview card (1200 × 630 PNG), for link previews")
    @APIResponse(responseCode = "200", description = "The PNG")
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such public proposal")
    public Response card(@PathParam("id") long id, @Context Request request) {
        Proposal p = proposals.openToAll(id).orElseThrow(NotFoundException::new);
        return Conditional.answer(request, new EntityTag("card-" + p.getId() + "-" + p.getVersion()),
                CacheControl.valueOf("public, max-age=300"), () -> Response.ok(png(p))).build();
    }

    private byte[] png(Proposal p) {
        synchronized (drawn) {
            Object[] entry = drawn.get(p.getId());
            if (entry != null && entry[0].equals(p.getVersion())) {
                return (byte[]) entry[1];
            }
        }
        Locale fr = Locale.FRENCH;
        String place = p.getDistrict() == null ? Texts.get(fr, "proposals.wholeTown") : p.getDistrict().getName();
        byte[] png = ShareCard.png(new ShareCard.Content(town.getName(), p.getTitle(),
                p.getTheme().name(fr) + "  ·  " + place + "  ·  " + Texts.get(fr, "status." + p.getStatus().name()),
                Texts.get(fr, "proposals.supportCount", p.getVotesFor()) + "   "
                        + Texts.get(fr, "proposals.commentCount", p.getCommentCount())));
        synchronized (drawn) {
            drawn.put(p.getId(), new Object[]{p.getVersion(), png});
        }
        return png;
    }
}
