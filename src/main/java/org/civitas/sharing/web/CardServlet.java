package org.civitas.sharing.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.platform.Texts;
import org.civitas.platform.Town;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalReader;
import org.civitas.sharing.ProposalCard;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves {@code /cards/{id}.png}: a proposal's 1200 × 630 preview card, drawn on the first request and kept until
 * the proposal changes (its version moves with every vote, comment, edit or answer). In French, the town's
 * language: previews are seen by people outside the portal.
 */
@WebServlet("/cards/*")
public class CardServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([0-9]{1,18})\\.png");
    private static final int KEPT = 500;

    private final Map<Long, Object[]> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Object[]> eldest) {
            return size() > KEPT;
        }
    };

    @Inject
    private ProposalReader proposals;

    @Inject
    private Town town;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<Proposal> found = m.matches() ? proposals.find(Long.parseLong(m.group(1)))
                .filter(p -> p.getStatus().isPublic() && !p.isHidden()) : Optional.empty();
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Proposal p = found.get();
        String etag = "\"card-" + p.getId() + "-" + p.getVersion() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=300");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] png;
        synchronized (cache) {
            Object[] entry = cache.get(p.getId());
            png = entry != null && entry[0].equals(p.getVersion()) ? (byte[]) entry[1] : null;
        }
        if (png == null) {
            Locale fr = Locale.FRENCH;
            png = ProposalCard.png(new ProposalCard.Content(p.getTitle(), p.getTheme().name(fr),
                    p.getDistrict() == null ? Texts.get(fr, "proposals.wholeTown") : p.getDistrict().getName(),
                    p.getVotesFor(), p.getCommentCount(), Texts.get(fr, "status." + p.getStatus().name()), town.getName(),
                    Texts.get(fr, "proposals.supports"), Texts.get(fr, "proposals.comments")));
            synchronized (cache) {
                cache.put(p.getId(), new Object[]{p.getVersion(), png});
            }
        }
        response.setContentType("image/png");
        response.setContentLength(png.length);
        response.getOutputStream().write(png);
    }
}
