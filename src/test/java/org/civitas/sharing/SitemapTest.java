package org.civitas.sharing;

import org.civitas.platform.PublicPage;
import org.civitas.proposals.PublicProposal;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sitemap's files: valid sitemaps.org XML, every address once and in order, split into parts past the limit. */
class SitemapTest {

    private static final String BASE = "https://participer.ville.fr";

    /** Proposals 10, 20, 30... changed at one second each, and the number of reads made. */
    private static final class Town implements Sitemap.Proposals {

        final List<PublicProposal> all;
        int reads;

        Town(int count) {
            all = LongStream.rangeClosed(1, count)
                    .mapToObj(i -> new PublicProposal(i * 10, "p-" + i, Instant.ofEpochSecond(1_700_000_000L + i, 5)))
                    .toList();
        }

        @Override
        public long count() {
            return all.size();
        }

        @Override
        public long idBefore(long position) {
            return position <= 0 ? 0 : all.get((int) position - 1).id();
        }

        @Override
        public List<PublicProposal> after(long id, int max) {
            reads++;
            return all.stream().filter(p -> p.id() > id).limit(max).toList();
        }
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<String> locs(Document doc) {
        NodeList locs = doc.getElementsByTagNameNS(Sitemap.NAMESPACE, "loc");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            found.add(locs.item(i).getTextContent());
        }
        return found;
    }

    private static byte[] part(Sitemap sitemap, int part) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sitemap.writePart(out, BASE, part);
        return out.toByteArray();
    }

    @Test
    void otherFeaturesPagesComeAfterThePortalsOwnAndBeforeTheProposalsAndCountInTheParts() throws Exception {
        Town town = new Town(2);
        List<Sitemap.Entry> extra = List.of(new Sitemap.Entry("/contests/view.xhtml?id=4", Instant.ofEpochSecond(1_700_000_000L)),
                new Sitemap.Entry("/galleries/view.xhtml?id=9", null));
        int pages = PublicPage.sitemap().size();
        Sitemap sitemap = new Sitemap(town, extra, pages + 3, 10);
        assertEquals(2, sitemap.parts(), "the extra pages count toward the limit of a file");
        List<String> first = locs(parse(part(sitemap, 1)));
        assertEquals(BASE + "/contests/view.xhtml?id=4", first.get(pages));
        assertEquals(BASE + "/galleries/view.xhtml?id=9", first.get(pages + 1));
        assertEquals(BASE + "/proposals/10/p-1", first.get(pages + 2));
        assertEquals(List.of(BASE + "/proposals/20/p-2"), locs(parse(part(sitemap, 2))));
        assertTrue(new String(part(sitemap, 1), StandardCharsets.UTF_8)
                .contains("<lastmod>2023-11-14T22:13:20Z</lastmod>"), "with its last change when known");
    }

    @Test
    void aSmallTownHasOneFileWithThePagesThenEveryProposal() throws Exception {
        Town town = new Town(7);
        Sitemap sitemap = new Sitemap(town, Sitemap.URLS_PER_FILE, 3);
        assertEquals(1, sitemap.parts());
        Document doc = parse(part(sitemap, 1));
        assertEquals("urlset", doc.getDocumentElement().getLocalName());
        assertEquals(Sitemap.NAMESPACE, doc.getDocumentElement().getNamespaceURI());
        List<String> expected = new ArrayList<>();
        PublicPage.sitemap().forEach(p -> expected.add(BASE + p.address()));
        town.all.forEach(p -> expected.add(BASE + "/proposals/" + p.id() + "/" + p.slug()));
        assertEquals(expected, locs(doc));
        assertEquals(BASE + "/", expected.get(0), "the home page first");
        NodeList lastmod = doc.getElementsByTagNameNS(Sitemap.NAMESPACE, "lastmod");
        assertEquals(7, lastmod.getLength(), "proposals carry their last change, pages none");
        assertEquals("2023-11-14T22:13:21Z", lastmod.item(0).getTextContent());
        assertEquals(3, town.reads, "read three at a time: 3 + 3 + 1");
    }

    @Test
    void pastTheLimitTheSitemapIsAnIndexOfPartsThatCoverEveryAddressOnce() throws Exception {
        int pages = PublicPage.sitemap().size();
        Town town = new Town(25);
        int limit = 4;
        Sitemap sitemap = new Sitemap(town, limit, 2);
        int parts = (pages + 25 + limit - 1) / limit;
        assertEquals(parts, sitemap.parts());

        ByteArrayOutputStream index = new ByteArrayOutputStream();
        sitemap.writeIndex(index, BASE);
        Document doc = parse(index.toByteArray());
        assertEquals("sitemapindex", doc.getDocumentElement().getLocalName());
        assertEquals(Sitemap.NAMESPACE, doc.getDocumentElement().getNamespaceURI());
        assertEquals(BASE + "/sitemap.xml?part=1", locs(doc).get(0));
        assertEquals(parts, locs(doc).size());

        List<String> all = new ArrayList<>();
        for (int part = 1; part <= parts; part++) {
            List<String> these = locs(parse(part(sitemap, part)));
            assertTrue(these.size() <= limit && !these.isEmpty(), "part " + part + ": " + these.size());
            all.addAll(these);
        }
        assertEquals(pages + 25, all.size());
        assertEquals(all.size(), all.stream().distinct().count(), "no address twice");
        assertEquals(BASE + "/proposals/250/p-25", all.get(all.size() - 1));
        assertThrows(IllegalArgumentException.class, () -> part(sitemap, parts + 1));
    }

    @Test
    void theProtocolsLimitIsFiftyThousandAddressesAFile() {
        assertEquals(50_000, Sitemap.URLS_PER_FILE);
        assertEquals(1, new Sitemap(new Town(50_000 - PublicPage.sitemap().size())).parts());
        assertEquals(2, new Sitemap(new Town(50_001 - PublicPage.sitemap().size())).parts());
    }
}
