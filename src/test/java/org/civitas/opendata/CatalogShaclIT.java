package org.civitas.opendata;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DCAT-AP catalogue, in JSON-LD and in Turtle, validated with Apache Jena's SHACL against the official DCAT-AP
 * 3.0.1 shapes: any Violation fails. Its CSV checksums match the files served.
 */
@ExtendWith(Portal.class)
class CatalogShaclIT {

    private final URL base = Portal.base();

    private static String ttl(PortalClient client) {
        return client.get("api/opendata/v1/catalog.ttl").body();
    }

    private static void assertConforms(String body, Lang lang) {
        Graph shapes = RDFDataMgr.loadGraph(CatalogShaclIT.class.getResource("/dcat-ap/dcat-ap-3.0.1-base.offline.nt")
                .toString());
        Graph data = RDFParser.fromString(body, lang).toGraph();
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapes), data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShLib.printReport(new PrintStream(out, true, StandardCharsets.UTF_8), report);
        assertTrue(report.conforms(), lang + " catalogue has DCAT-AP violations:\n" + out.toString(StandardCharsets.UTF_8));
        assertTrue(data.size() > 100, "a catalogue of some substance: " + data.size() + " triples");

        // The full shapes (recommended properties, EU vocabularies): Warnings reported, no Violation but the upstream
        // one (ChecksumAlgorithmRestriction asks the SPDX algorithm's IRI to start with https://spdx.org/rdf/terms,
        // while the SPDX namespace, which its own sh:class names, is http://spdx.org/rdf/terms#).
        Graph all = RDFDataMgr.loadGraph(CatalogShaclIT.class.getResource("/dcat-ap/dcat-ap-3.0.1-all-shapes.offline.nt")
                .toString());
        ValidationReport full = ShaclValidator.get().validate(Shapes.parse(all), data);
        List<ReportEntry> violations = full.getEntries().stream()
                .filter(e -> e.severity() == Severity.Violation)
                .filter(e -> !String.valueOf(e.sourceConstraintComponent()).contains("NodeConstraintComponent")
                        || !e.message().contains("ChecksumAlgorithmRestriction"))
                .toList();
        ByteArrayOutputStream fullOut = new ByteArrayOutputStream();
        ShLib.printReport(new PrintStream(fullOut, true, StandardCharsets.UTF_8), full);
        assertEquals(List.of(), violations, lang + " catalogue against the full shapes:\n" + fullOut.toString(StandardCharsets.UTF_8));
        System.out.println(lang + " catalogue against the full DCAT-AP shapes: "
                + full.getEntries().stream().filter(e -> e.severity() == Severity.Warning).count() + " warnings");
    }

    @Test
    void theCatalogueConformsToDcatAp301InBothSyntaxes() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Auteur Catalogue");
        TestProposals.publish(author, "Une proposition cataloguée", "culture");

        PortalClient client = new PortalClient(base.toURI());
        HttpResponse<String> jsonLd = client.get("api/opendata/v1/catalog.jsonld");
        assertEquals(200, jsonLd.statusCode());
        assertTrue(jsonLd.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertTrue(jsonLd.body().contains("\"@context\":{"), "an inline context, readable offline");
        assertConforms(jsonLd.body(), Lang.JSONLD);

        HttpResponse<String> turtle = client.send(HttpRequest.newBuilder(client.resolve("api/opendata/v1/catalog"))
                .header("Accept", "text/turtle").build());
        assertEquals(200, turtle.statusCode());
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertConforms(turtle.body(), Lang.TURTLE);
        assertTrue(client.get("api/opendata/v1/catalog.ttl").body().contains("dcat:Catalog"));
        assertTrue(client.send(HttpRequest.newBuilder(client.resolve("api/opendata/v1/catalog"))
                .header("Accept", "application/ld+json").build()).body().startsWith("{"));

        HttpResponse<String> rdfXml = client.send(HttpRequest.newBuilder(client.resolve("api/opendata/v1/catalog"))
                .header("Accept", "application/rdf+xml").build());
        assertEquals(200, rdfXml.statusCode());
        assertTrue(rdfXml.headers().firstValue("Content-Type").orElse("").startsWith("application/rdf+xml"));
        assertConforms(rdfXml.body(), Lang.RDFXML);

        // Issue 19: what a harvester looks for: titles in both languages (not the identifier), the API as a data
        // service, dates of issue, temporal and spatial coverage (the commune's INSEE code), a real contact, the licence
        assertTrue(ttl(client).contains("dct:title \"Propositions des habitants\"@fr"), "a French title");
        assertTrue(ttl(client).contains("\"Residents’ proposals\"@en"), "an English title");
        for (String expected : List.of("dcat:DataService", "dcat:servesDataset", "dcat:endpointURL", "dcat:accessService",
                "dct:issued", "dct:PeriodOfTime", "dcat:startDate", "<http://id.insee.fr/geo/commune/25056>",
                "<https://spdx.org/licenses/etalab-2.0.html>")) {
            assertTrue(ttl(client).contains(expected), expected);
        }
        assertFalse(ttl(client).contains("mairie.example"), "no placeholder contact");

        // Issue 19 (7): the live CSV is described without a hash (computing one meant exporting it at each request);
        // the newest snapshot, a file that never changes, carries its size and hash, and they are the served file's.
        String ttl = turtle.body();
        for (int i = 0; i < 50 && !ttl.contains("proposals.zip#distribution"); i++) {
            Thread.sleep(200); // the start-up snapshot is made in the background
            ttl = client.get("api/opendata/v1/catalog.ttl").body();
        }
        Matcher csvBlock = Pattern.compile("<[^>\\s]+/proposals\\.csv#distribution>\n(?:    [^\\n]*\\n)*?[^\\n]*\\.\\n")
                .matcher(ttl);
        assertTrue(csvBlock.find(), ttl);
        assertFalse(csvBlock.group().contains("spdx:checksum") || csvBlock.group().contains("byteSize"), csvBlock.group());
        Matcher m = Pattern.compile("<([^>\\s]+/proposals\\.zip)#distribution>\n((?:    [^\\n]*\\n)*?)    spdx:checksum _:(\\S+)")
                .matcher(ttl);
        assertTrue(m.find(), ttl);
        Matcher download = Pattern.compile("dcat:downloadURL <([^>]+\\.zip)>").matcher(m.group(2));
        assertTrue(download.find(), m.group(2));
        Matcher value = Pattern.compile("_:" + Pattern.quote(m.group(3)) + "\n(?:    [^\\n]*\\n)*?    spdx:checksumValue \"([0-9a-f]{64})\"")
                .matcher(ttl);
        assertTrue(value.find(), ttl);
        HttpResponse<byte[]> zip = client.sendForBytes(HttpRequest.newBuilder(URI.create(download.group(1))).build());
        assertEquals(200, zip.statusCode());
        assertEquals(value.group(1), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip.body())),
                "the checksum is the served file's");
    }
}
