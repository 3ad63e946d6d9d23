package org.civitas.sharing.web;

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
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.platform.Texts;
import org.civitas.platform.Town;
import org.civitas.platform.web.LocaleFilter;
import org.civitas.platform.web.PublicAddress;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.Theme;
import org.civitas.review.FeedAnswer;
import org.civitas.sharing.FeedService;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Atom 1.0 and RSS 2.0 feeds: {@code /feeds/proposals.atom} (new proposals), {@code /feeds/answers.atom} (official
 * answers) and {@code /feeds/themes/{code}.atom} (new proposals of a theme); {@code .rss} for RSS 2.0. The newest
 * {@link FeedService#SIZE} entries, in the language asked for ({@code ?lang=en}), with an ETag so that readers
 * polling every few minutes get a 304.
 */
@WebServlet("/feeds/*")
public class FeedServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/(?:(proposals|answers)|themes/([A-Za-z0-9_-]{1,40}))\\.(atom|rss)");

    @Inject
    private FeedService feeds;

    @Inject
    private PublicAddress address;

    @Inject
    private Town town;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = LocaleFilter.chosenLocale(request);
        String base = address.base(request);
        boolean atom = m.group(3).equals("atom");
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(atom ? "atom_1.0" : "rss_2.0");
        feed.setLanguage(locale.getLanguage());
        feed.setAuthor(town.getName());
        feed.setCopyright(Texts.get(locale, "feeds.licence"));
        String page;
        if ("answers".equals(m.group(1))) {
            feed.setTitle(Texts.get(locale, "feeds.answers", town.getName()));
            feed.setDescription(Texts.get(locale, "feeds.answersDescription", town.getName()));
            page = base + "/proposals";
            feed.setEntries(answerEntries(base, locale));
        } else {
            Optional<Theme> theme = Optional.empty();
            if (m.group(2) != null) {
                theme = feeds.theme(m.group(2));
                if (theme.isEmpty()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
            }
            feed.setTitle(theme.isEmpty() ? Texts.get(locale, "feeds.proposals", town.getName())
                    : Texts.get(locale, "feeds.theme", theme.get().name(locale), town.getName()));
            feed.setDescription(Texts.get(locale, "feeds.proposalsDescription", town.getName()));
            page = base + "/proposals" + theme.map(t -> "?theme=" + t.getCode()).orElse("");
            feed.setEntries(proposalEntries(base, locale, feeds.newestProposals(theme.map(Theme::getCode).orElse(null))));
        }
        feed.setLink(page);
        feed.setUri(base + "/feeds" + request.getPathInfo());
        SyndLink self = new SyndLinkImpl();
        self.setRel("self");
        self.setType(atom ? "application/atom+xml" : "application/rss+xml");
        self.setHref(base + "/feeds" + request.getPathInfo() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        SyndLink alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setType("text/html");
        alternate.setHref(page);
        feed.setLinks(List.of(alternate, self));
        List<SyndEntry> entries = feed.getEntries();
        feed.setPublishedDate(entries.isEmpty() ? new Date(0) : entries.get(0).getUpdatedDate());

        String xml;
        try {
            StringWriter out = new StringWriter();
            new SyndFeedOutput().output(feed, out);
            xml = out.toString();
        } catch (FeedException e) {
            throw new IOException("Could not write the feed " + request.getPathInfo(), e);
        }
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + digest(body) + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setHeader("Vary", "Accept-Language, Cookie");
        response.setHeader("Access-Control-Allow-Origin", "*");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType((atom ? "application/atom+xml" : "application/rss+xml") + ";charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private List<SyndEntry> proposalEntries(String base, Locale locale, List<Proposal> proposals) {
        List<SyndEntry> entries = new ArrayList<>();
        for (Proposal p : proposals) {
            String link = base + "/proposals/" + p.getId() + "/" + p.getSlug();
            SyndEntry entry = new SyndEntryImpl();
            entry.setUri(link);
            entry.setLink(link);
            entry.setTitle(p.getTitle());
            entry.setAuthor(town.getName());
            entry.setPublishedDate(Date.from(p.getPublishedAt()));
            entry.setUpdatedDate(Date.from(p.getPublishedAt()));
            entry.setDescription(text(p.getSummary()));
            entry.setCategories(List.of(category(p.getTheme().name(locale))));
            entries.add(entry);
        }
        return entries;
    }

    private List<SyndEntry> answerEntries(String base, Locale locale) {
        List<SyndEntry> entries = new ArrayList<>();
        for (FeedAnswer a : feeds.newestAnswers()) {
            String link = base + "/proposals/" + a.proposal().id() + "/" + a.proposal().slug() + "#answer-" + a.id();
            SyndEntry entry = new SyndEntryImpl();
            entry.setUri(link);
            entry.setLink(link);
            entry.setTitle(Texts.get(locale, "share.answerOf", a.proposal().title()) + " – "
                    + Texts.get(locale, "status." + a.decision().name()));
            entry.setAuthor(town.getName());
            entry.setPublishedDate(Date.from(a.createdAt()));
            entry.setUpdatedDate(Date.from(a.createdAt()));
            entry.setDescription(text(a.body()));
            entries.add(entry);
        }
        return entries;
    }

    private static SyndContent text(String value) {
        SyndContent content = new SyndContentImpl();
        content.setType("text/plain");
        content.setValue(value);
        return content;
    }

    private static SyndCategory category(String name) {
        SyndCategory category = new SyndCategoryImpl();
        category.setName(name);
        return category;
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
