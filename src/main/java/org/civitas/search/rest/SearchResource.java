package org.civitas.search.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.civitas.platform.BusinessException;
import org.civitas.search.SearchHit;
import org.civitas.search.SearchKind;
import org.civitas.search.SearchQuery;
import org.civitas.search.SearchResults;
import org.civitas.search.SearchService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import static org.civitas.platform.rest.QueryParams.number;

/** The search over what the public sees, for programs: the same results as the search page, as JSON. */
@ApplicationScoped
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    private SearchService search;

    /** One result; {@code path} is its place on the portal (the proposal's page, at the comment or answer). */
    public record HitJson(SearchKind kind, long id, long proposalId, Long budgetId, String title, String excerpt,
                          Instant at, String path) {
    }

    public record ResultsJson(long total, int page, int pageSize, List<String> words, List<HitJson> items) {
    }

    @GET
    @Operation(summary = "Search proposals, comments, answers and budget projects",
            description = "Accents and case do not matter; French and English words find their other forms "
                    + "(PostgreSQL). Example: /api/search?q=piste+cyclable&kind=proposal&theme=mobilite&page=0")
    @APIResponse(responseCode = "200", description = "A page of 20, the best first; no words, no results")
    @APIResponse(responseCode = "400", description = "Not a kind, a date (YYYY-MM-DD) or a page number")
    public ResultsJson search(@Parameter(description = "the words") @QueryParam("q") String q,
                              @Parameter(description = "proposal, comment, answer or project") @QueryParam("kind") String kind,
                              @Parameter(description = "a theme's code") @QueryParam("theme") String theme,
                              @Parameter(description = "a district's code") @QueryParam("district") String district,
                              @Parameter(description = "from this day (YYYY-MM-DD)") @QueryParam("from") String from,
                              @Parameter(description = "up to this day, included") @QueryParam("to") String to,
                              @Parameter(description = "page number from 0") @QueryParam("page") String page) {
        int pageNumber = number(page, "page", 0, 0, SearchService.MAX_PAGES);
        SearchKind k = kind == null || kind.isBlank() ? null : SearchKind.parse(kind)
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.BAD_REQUEST, "search.badKind"));
        SearchResults results = search.search(new SearchQuery(q, k, blank(theme), blank(district), day(from), day(to)),
                pageNumber * SearchService.PAGE_SIZE, SearchService.PAGE_SIZE);
        return new ResultsJson(results.total(), pageNumber, SearchService.PAGE_SIZE, results.words(),
                results.hits().stream().map(SearchResource::json).toList());
    }

    private static HitJson json(SearchHit h) {
        return new HitJson(h.kind(), h.id(), h.proposalId(), h.budgetId(), h.title(), h.excerpt(), h.at(), h.path());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static LocalDate day(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new BusinessException(BusinessException.Kind.BAD_REQUEST, "search.badDate");
        }
    }
}
