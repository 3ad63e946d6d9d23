package org.civitas.sharing.rest;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.civitas.platform.Texts;
import org.civitas.platform.Town;
import org.civitas.platform.rest.Conditional;
import org.civitas.platform.web.LocaleFilter;
import org.civitas.platform.web.PublicAddress;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalAddress;
import org.civitas.proposals.Theme;
import org.civitas.review.FeedAnswer;
import org.civitas.sharing.FeedService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Atom 1.0 and RSS 2.0 feeds: {@code /feeds/proposals.atom} (new proposals), {@code /feeds/answers.atom} (official
 * answers) and {@code /feeds/themes/{code}.atom} (new proposals of a theme); {@code .rss} for RSS 2.0 (also at
 * {@code /api/feeds/}). The newest {@link FeedService#SIZE} entries, in the language asked for ({@code ?lang=en}),
 * with an ETag so that readers polling every few minutes get a 304.
 */
@RequestScoped
@Path("feeds")
public class FeedsResource {

    private static final String FORMAT = "{format:atom|rss}";

    @Inject
    private FeedService feeds;

    @Inject
    private PublicAddress address;

    @Inject
    private Town town;

    @Context
    private HttpServletRequest servletRequest;

    @Context
    private Request request;

    @GET
    @Path("proposals." + FORMAT)
    @Operation(summary = "New proposals (Atom or RSS)")
    @APIResponse(responseCode = "200", description = "The feed")
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response proposals(@PathParam("format") String format) {
        Locale locale = LocaleFilter.chosenLocale(servletRequest);
        String base = address.base(servletRequest);
        SyndFeed feed = feed(format, locale, Texts.get(locale, "feeds.proposals", town.getName()),
                Texts.get(locale, "feeds.proposalsDescription", town.getName()), base + "/proposals");
        feed.setEntries(proposalEntries(base, locale, feeds.newestProposals(null)));
        return answer(feed, format, "proposals");
    }

    @GET
    @Path("themes/{code:[A-Za-z0-9_-]{1,40}}." + FORMAT)
    @Operation(summary = "New proposals of one theme (Atom or RSS)")
    @APIResponse(responseCode = "200", description = "The feed")
    @APIResponse(responseCode = "404", description = "No such theme")
    public Response theme(@PathParam("code") String code, @PathParam("format") String format) {
        Theme theme = feeds.theme(code).orElseThrow(NotFoundException::new);
        Locale locale = LocaleFilter.chosenLocale(servletRequest);
        String base = address.base(servletRequest);
        SyndFeed feed = feed(format, locale, Texts.get(locale, "feeds.theme", theme.name(locale), town.getName()),
                Texts.get(locale, "feeds.proposalsDescription", town.getName()), base + "/proposals?theme=" + theme.getCode());
        feed.setEntries(proposalEntries(base, locale, feeds.newestProposals(theme.getCode())));
        return answer(feed, format, "themes/" + theme.getCode());
    }

    @GET
    @Path("answers." + FORMAT)
    @Operation(summary = "Official answers (Atom or RSS)")
    @APIResponse(responseCode = "200", description = "The feed")
    public Response answers(@PathParam("format") String format) {
        Locale locale = LocaleFilter.chosenLocale(servletRequest);
        String base = address.base(servletRequest);
        SyndFeed feed = feed(format, locale, Texts.get(locale, "feeds.answers", town.getName()),
                Texts.get(locale, "feeds.answersDescription", town.getName()), base + "/proposals");
        List<SyndEntry> entries = new ArrayList<>();
        for (FeedAnswer a : feeds.newestAnswers()) {
            String link = base + ProposalAddress.of(a.proposal().id(), a.proposal().slug(), "answer-" + a.id());
            entries.add(entry(link, Texts.get(locale, "share.answerOf", a.proposal().title()) + " – "
                    + Texts.get(locale, "status." + a.decision().name()), Date.from(a.createdAt()), a.body()));
        }
        feed.setEntries(entries);
        return answer(feed, format, "answers");
    }

    private SyndFeed feed(String format, Locale locale, String title, String description, String page) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom".equals(format) ? "atom_1.0" : "rss_2.0");
        feed.setLanguage(locale.getLanguage());
        feed.setAuthor(town.getName());
        feed.setCopyright(Texts.get(locale, "feeds.licence"));
        feed.setTitle(title);
        feed.setDescription(description);
        feed.setLink(page);
        return feed;
    }

    private List<SyndEntry> proposalEntries(String base, Locale locale, List<Proposal> proposals) {
        List<SyndEntry> entries = new ArrayList<>();
        for (Proposal p : proposals) {
            SyndEntry entry = entry(base + ProposalAddress.of(p), p.getTitle(),
                    Date.from(p.getPublishedAt()), p.getSummary());
            SyndCategory category = new SyndCategoryImpl();
            category.setName(p.getTheme().name(locale));
            entry.setCategories(List.of(category));
            entries.add(entry);
        }
        return entries;
    }

    private SyndEntry entry(String link, String title, Date date, String text) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(link);
        entry.setLink(link);
        entry.setTitle(title);
        entry.setAuthor(town.getName());
        entry.setPublishedDate(date);
        entry.setUpdatedDate(date);
        SyndContent content = new SyndContentImpl();
        content.setType("text/plain");
        content.setValue(text);
        entry.setDescription(content);
        return entry;
    }

    /** The feed written out, with its self link, its date (its newest entry's) and an ETag of its bytes. */
    private Response answer(SyndFeed feed, String format, String path) {
        boolean atom = "atom".equals(format);
        String type = atom ? "application/atom+xml" : "application/rss+xml";
        String self = address.base(servletRequest) + "/feeds/" + path + "." + format
                + (servletRequest.getQueryString() == null ? "" : "?" + servletRequest.getQueryString());
        feed.setUri(address.base(servletRequest) + "/feeds/" + path + "." + format);
        SyndLink selfLink = new SyndLinkImpl();
        selfLink.setRel("self");
        selfLink.setType(type);
        selfLink.setHref(self);
        SyndLink alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setType("text/html");
        alternate.setHref(feed.getLink());
        feed.setLinks(List.of(alternate, selfLink));
        List<SyndEntry> entries = feed.getEntries();
        feed.setPublishedDate(entries.isEmpty() ? new Date(0) : entries.get(0).getUpdatedDate());
        byte[] body;
        try {
            StringWriter out = new StringWriter();
            new SyndFeedOutput().output(feed, out);
            body = out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (FeedException | IOException e) {
            throw new IllegalStateException("Could not write the feed " + path, e);
        }
        return Conditional.answer(request, Conditional.tagOf(body), CacheControl.valueOf("public, max-age=300"),
                        () -> Response.ok(body, type + ";charset=UTF-8"))
                .header("Vary", "Accept-Language, Cookie").header("Access-Control-Allow-Origin", "*").build();
    }
}
