package org.civitas.sharing;

import org.civitas.platform.PublicPage;
import org.civitas.proposals.PublicProposal;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The sitemap a town gives search engines (sitemaps.org 0.9): the public pages worth a visit ({@link PublicPage#sitemap}),
 * the other features' public pages ({@link SitemapSource}: contests, their photos, galleries), then every proposal
 * everyone may see, at its clean address with its last change as {@code lastmod}. Never a draft,
 * a hidden proposal, nor anything for signed-in people.
 * <p>
 * One file holds at most {@link #URLS_PER_FILE} addresses (the protocol's limit). Up to that, {@code /sitemap.xml}
 * is the list itself; beyond, it is a sitemap index naming {@code /sitemap.xml?part=1}, {@code ?part=2}... (at the
 * root, since a sitemap may only list addresses under its own folder), each part the next slice of the same order:
 * the pages, then the proposals by id. Proposals are read {@link #PAGE} at a time, from the last id written (a keyset:
 * no offset grows with the town), and written as they are read, so neither memory nor time per row grows with the
 * number of proposals; a part starts at the id found by one positioned query.
 * <p>
 * One address per page, without language alternates: the language is a visitor's choice kept in a cookie
 * ({@code ?lang=} sets it and redirects to the same address), so a crawler, which keeps no cookie, reads every page in
 * French; an {@code hreflang} alternate would name an address that redirects back to the French one.
 */
public final class Sitemap {

    /** What a sitemap reads of proposals: those everyone sees, in id order. */
    public interface Proposals {

        long count();

        /** The id just before a position of the id order (0 for the first position). */
        long idBefore(long position);

        List<PublicProposal> after(long id, int max);
    }

    /** A page's address from the portal's root, and its last change (null when unknown). */
    public record Entry(String address, Instant changedAt) {
    }

    /** The most pages the other features' sources add together. */
    public static final int MAX_EXTRA = 10_000;

    public static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /** The sitemap protocol's limit of addresses in one file. */
    public static final int URLS_PER_FILE = 50_000;

    /** Proposals read from the database at a time. */
    static final int PAGE = 1_000;

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final Proposals proposals;
    private final int urlsPerFile;
    private final int page;
    private final List<Entry> pages;
    private final long proposalCount;

    public Sitemap(Proposals proposals) {
        this(proposals, List.of());
    }

    /** The portal's pages, then {@code extra} (the other features' pages, at most {@link #MAX_EXTRA}), then proposals. */
    public Sitemap(Proposals proposals, List<Entry> extra) {
        this(proposals, extra, URLS_PER_FILE, PAGE);
    }

    Sitemap(Proposals proposals, int urlsPerFile, int page) {
        this(proposals, List.of(), urlsPerFile, page);
    }

    Sitemap(Proposals proposals, List<Entry> extra, int urlsPerFile, int page) {
        this.proposals = proposals;
        this.urlsPerFile = urlsPerFile;
        this.page = page;
        List<Entry> all = new ArrayList<>(PublicPage.sitemap().stream().map(p -> new Entry(p.address(), null)).toList());
        all.addAll(extra.subList(0, Math.min(extra.size(), MAX_EXTRA)));
        this.pages = List.copyOf(all);
        this.proposalCount = proposals.count();
    }

    /** How many files the addresses take: 1 when {@code /sitemap.xml} lists them all, more when it is an index. */
    public int parts() {
        long total = pages.size() + proposalCount;
        return (int) Math.max(1, (total + urlsPerFile - 1) / urlsPerFile);
    }

    /** The index of the parts, each named by its absolute address. */
    public void writeIndex(OutputStream out, String base) {
        write(out, xml -> {
            xml.writeStartElement("sitemapindex");
            xml.writeDefaultNamespace(NAMESPACE);
            for (int part = 1; part <= parts(); part++) {
                xml.writeStartElement("sitemap");
                element(xml, "loc", base + "/sitemap.xml?part=" + part);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /** One part's addresses (1 for the first); every address when {@link #parts} is 1. */
    public void writePart(OutputStream out, String base, int part) {
        if (part < 1 || part > parts()) {
            throw new IllegalArgumentException("no part " + part + " of " + parts());
        }
        long first = (long) (part - 1) * urlsPerFile;
        long end = first + urlsPerFile;
        write(out, xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NAMESPACE);
            long position = first;
            for (; position < Math.min(end, pages.size()); position++) {
                Entry entry = pages.get((int) position);
                url(xml, base + entry.address(), entry.changedAt());
            }
            long proposal = position - pages.size();
            long last = proposals.idBefore(proposal);
            while (position < end) {
                List<PublicProposal> read = proposals.after(last, (int) Math.min(page, end - position));
                for (PublicProposal p : read) {
                    url(xml, base + p.address(), p.changedAt());
                    last = p.id();
                    position++;
                }
                xml.flush();
                out.flush();
                if (read.size() < page) {
                    break;
                }
            }
            xml.writeEndElement();
        });
    }

    private static void url(XMLStreamWriter xml, String loc, Instant changed) throws XMLStreamException {
        xml.writeStartElement("url");
        element(xml, "loc", loc);
        if (changed != null) {
            element(xml, "lastmod", DateTimeFormatter.ISO_INSTANT.format(changed.truncatedTo(ChronoUnit.SECONDS)));
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException, IOException;
    }

    private static void write(OutputStream out, Body body) {
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the sitemap", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
