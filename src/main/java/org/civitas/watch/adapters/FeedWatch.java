package org.civitas.watch.adapters;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.watch.Found;
import org.civitas.watch.Harvest;
import org.civitas.watch.HtmlText;
import org.civitas.watch.PollFailure;
import org.civitas.watch.SourceSpec;
import org.civitas.watch.WatchAdapter;
import org.civitas.watch.WatchKind;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * RSS and Atom feeds (Rome, which refuses DOCTYPEs): asked conditionally ({@code If-None-Match},
 * {@code If-Modified-Since} from the last answer), so that a feed that has not changed costs a 304. An entry's address
 * is its link (its id when that is an address), its text the title and description without their HTML.
 */
@ApplicationScoped
public class FeedWatch implements WatchAdapter {

    static final int LIMIT = 100;

    @Inject
    private WatchHttp http;

    @Override
    public Set<WatchKind> kinds() {
        return Set.of(WatchKind.FEED);
    }

    @Override
    public Harvest poll(SourceSpec source) throws PollFailure {
        HttpRequest.Builder request = http.get(source.baseUrl())
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5");
        if (source.etag() != null) {
            request.header("If-None-Match", source.etag());
        }
        if (source.lastModified() != null) {
            request.header("If-Modified-Since", source.lastModified());
        }
        WatchHttp.Answer answer = http.send(request.build());
        if (answer.status() == 304) {
            return new Harvest(List.of(), null, null, null, answer.notBefore());
        }
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(answer.body())));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new PollFailure(answer.status(), "Not an RSS or Atom feed: " + e.getMessage(), answer.notBefore());
        }
        List<Found> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            if (items.size() >= LIMIT) {
                break;
            }
            String link = entry.getLink() != null && !entry.getLink().isBlank() ? entry.getLink().strip()
                    : entry.getUri() != null && entry.getUri().startsWith("http") ? entry.getUri().strip() : null;
            if (link == null) {
                continue;
            }
            String id = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri().strip() : link;
            String description = entry.getDescription() != null ? entry.getDescription().getValue()
                    : entry.getContents().stream().map(SyndContent::getValue).findFirst().orElse("");
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            String author = entry.getAuthor() != null && !entry.getAuthor().isBlank() ? entry.getAuthor()
                    : feed.getTitle();
            items.add(new Found(id, link, author == null ? null : HtmlText.plain(author), feed.getLink(),
                    entry.getTitle() == null ? null : HtmlText.plain(entry.getTitle()), HtmlText.plain(description),
                    date == null ? null : date.toInstant()));
        }
        return new Harvest(items, null, answer.header("ETag").orElse(null),
                answer.header("Last-Modified").orElse(null), answer.notBefore());
    }
}
