package org.civitas.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.platform.PublicPage;
import org.civitas.platform.Town;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.civitas.opendata.Rdf.Term;

/**
 * The DCAT-AP 3.0.1 catalogue of the open data: the catalogue, one dataset per table, one distribution per format
 * (CSV with its SHA-256 and size, JSON), licence, publisher, contact point, modification dates and update
 * frequency, plus the typing triples of the EU vocabularies it uses, so that it validates offline. A CSV's checksum
 * is computed by exporting it once per change of the dataset (cached against its row count and last change).
 */
@ApplicationScoped
public class Catalog {

    static final String EU = "http://publications.europa.eu/resource/authority/";
    private static final String A = "a";

    @Inject
    private OpenDataExport export;

    @Inject
    private Town town;

    @Inject
    @ConfigProperty(name = "civitas.opendata.contact", defaultValue = "mailto:donnees@mairie.example")
    private String contact;

    private record Digest(OpenDataExport.State state, String sha256, long bytes) {
    }

    private final Map<Dataset, Digest> cached = new ConcurrentHashMap<>();

    /** The catalogue as an RDF graph, with addresses under {@code apiBase} ({@code .../api/opendata/v1}). */
    Rdf graph(String apiBase) {
        String portal = apiBase.replaceFirst("/api/opendata/v1$", "");
        String catalog = apiBase + "/catalog";
        String publisher = portal + "/#town";
        String contactPoint = catalog + "#contact";
        Rdf rdf = new Rdf();
        Instant latest = Instant.EPOCH;
        Map<Dataset, Digest> digests = new EnumMap<>(Dataset.class);
        for (Dataset d : Dataset.values()) {
            Digest digest = digest(d);
            digests.put(d, digest);
            if (digest.state().lastChanged() != null && digest.state().lastChanged().isAfter(latest)) {
                latest = digest.state().lastChanged();
            }
        }
        rdf.add(catalog, A, Term.iri(Rdf.expand("dcat:Catalog")))
                .add(catalog, "dct:title", Term.text("Données ouvertes — participation citoyenne de " + town.getName(), "fr"))
                .add(catalog, "dct:title", Term.text("Open data — citizen participation in " + town.getName(), "en"))
                .add(catalog, "dct:description", Term.text("Propositions des habitants, commentaires, réponses des élus et "
                        + "votes agrégés par jour. Seul ce que tout visiteur voit est publié.", "fr"))
                .add(catalog, "dct:publisher", Term.iri(publisher))
                .add(catalog, "dct:language", Term.iri(EU + "language/FRA"))
                .add(catalog, "dct:license", Term.iri(DataPackage.LICENCE_URL))
                .add(catalog, "dct:modified", dateTime(latest))
                .add(catalog, "foaf:homepage", Term.iri(portal + PublicPage.OPEN_DATA.address()));
        for (Dataset d : Dataset.values()) {
            rdf.add(catalog, "dcat:dataset", Term.iri(apiBase + "/" + d.path()));
        }
        rdf.add(publisher, A, Term.iri(Rdf.expand("foaf:Agent")))
                .add(publisher, "foaf:name", Term.text(town.getName(), "fr"));
        rdf.add(contactPoint, A, Term.iri(Rdf.expand("vcard:Kind")))
                .add(contactPoint, A, Term.iri(Rdf.expand("vcard:Organization")))
                .add(contactPoint, "vcard:fn", Term.text("Mairie de " + town.getName() + " — données ouvertes", "fr"))
                .add(contactPoint, "vcard:hasEmail", Term.iri(contact));

        for (Dataset d : Dataset.values()) {
            Digest digest = digests.get(d);
            String dataset = apiBase + "/" + d.path();
            Instant modified = digest.state().lastChanged() == null ? latest : digest.state().lastChanged();
            rdf.add(dataset, A, Term.iri(Rdf.expand("dcat:Dataset")))
                    .add(dataset, "dct:identifier", Term.text(d.path(), null))
                    .add(dataset, "dct:title", Term.text(d.path(), "fr"))
                    .add(dataset, "dct:description", Term.text(Descriptions.FR.getOrDefault(d, d.path()), "fr"))
                    .add(dataset, "dct:publisher", Term.iri(publisher))
                    .add(dataset, "dcat:contactPoint", Term.iri(contactPoint))
                    .add(dataset, "dct:modified", dateTime(modified))
                    .add(dataset, "dct:accrualPeriodicity", Term.iri(EU + "frequency/CONT"))
                    .add(dataset, "dcat:theme", Term.iri(EU + "data-theme/GOVE"))
                    .add(dataset, "dcat:keyword", Term.text("participation citoyenne", "fr"))
                    .add(dataset, "dct:language", Term.iri(EU + "language/FRA"))
                    .add(dataset, "dcat:landingPage", Term.iri(portal + PublicPage.OPEN_DATA.address()))
                    .add(dataset, "dcat:distribution", Term.iri(dataset + ".csv#distribution"))
                    .add(dataset, "dcat:distribution", Term.iri(dataset + ".json#distribution"));
            String csv = dataset + ".csv#distribution";
            String checksum = "checksum-" + d.path();
            rdf.add(csv, A, Term.iri(Rdf.expand("dcat:Distribution")))
                    .add(csv, "dct:title", Term.text(d.path() + ".csv", "fr"))
                    .add(csv, "dcat:accessURL", Term.iri(dataset + ".csv"))
                    .add(csv, "dcat:downloadURL", Term.iri(dataset + ".csv"))
                    .add(csv, "dcat:mediaType", Term.iri("http://www.iana.org/assignments/media-types/text/csv"))
                    .add(csv, "dct:format", Term.iri(EU + "file-type/CSV"))
                    .add(csv, "dct:license", Term.iri(DataPackage.LICENCE_URL))
                    .add(csv, "dct:modified", dateTime(modified))
                    .add(csv, "dcat:byteSize", Term.typed(String.valueOf(digest.bytes()), "xsd:nonNegativeInteger"))
                    .add(csv, "spdx:checksum", Term.blank(checksum))
                    .add(csv, "dct:conformsTo", Term.iri(apiBase + "/datapackage.json"));
            rdf.add(new Rdf.Node(checksum, true), A, Term.iri(Rdf.expand("spdx:Checksum")))
                    .add(new Rdf.Node(checksum, true), "spdx:algorithm", Term.iri(Rdf.expand("spdx:checksumAlgorithm_sha256")))
                    .add(new Rdf.Node(checksum, true), "spdx:checksumValue", Term.typed(digest.sha256(), "xsd:hexBinary"));
            String json = dataset + ".json#distribution";
            rdf.add(json, A, Term.iri(Rdf.expand("dcat:Distribution")))
                    .add(json, "dct:title", Term.text(d.path() + ".json", "fr"))
                    .add(json, "dct:description", Term.text("Pages JSON avec un lien next ; ?since= pour les changements.", "fr"))
                    .add(json, "dcat:accessURL", Term.iri(dataset + ".json"))
                    .add(json, "dcat:mediaType", Term.iri("http://www.iana.org/assignments/media-types/application/json"))
                    .add(json, "dct:format", Term.iri(EU + "file-type/JSON"))
                    .add(json, "dct:license", Term.iri(DataPackage.LICENCE_URL))
                    .add(json, "dct:modified", dateTime(modified));
        }

        // What an online validator would read from the EU vocabularies and imports: said here, so it validates offline.
        rdf.add(DataPackage.LICENCE_URL, A, Term.iri(Rdf.expand("dct:LicenseDocument")))
                .add(DataPackage.LICENCE_URL, "dct:title", Term.text("Licence Ouverte 2.0", "fr"));
        rdf.add(portal + PublicPage.OPEN_DATA.address(), A, Term.iri(Rdf.expand("foaf:Document")));
        rdf.add(apiBase + "/datapackage.json", A, Term.iri(Rdf.expand("dct:Standard")))
                .add(apiBase + "/datapackage.json", "dct:title", Term.text("Data Package (Frictionless Data v2)", "en"));
        for (String[] type : new String[][]{{"text/csv", "CSV"}, {"application/json", "JSON"}}) {
            rdf.add("http://www.iana.org/assignments/media-types/" + type[0], A, Term.iri(Rdf.expand("dct:MediaType")));
            rdf.add(EU + "file-type/" + type[1], A, Term.iri(Rdf.expand("dct:MediaTypeOrExtent")))
                    .add(EU + "file-type/" + type[1], "skos:inScheme", Term.iri(EU + "file-type"));
        }
        rdf.add(EU + "language/FRA", A, Term.iri(Rdf.expand("dct:LinguisticSystem")))
                .add(EU + "language/FRA", "skos:inScheme", Term.iri(EU + "language"));
        rdf.add(EU + "frequency/CONT", A, Term.iri(Rdf.expand("dct:Frequency")))
                .add(EU + "frequency/CONT", "skos:inScheme", Term.iri(EU + "frequency"));
        rdf.add(EU + "data-theme/GOVE", A, Term.iri(Rdf.expand("skos:Concept")))
                .add(EU + "data-theme/GOVE", "skos:prefLabel", Term.text("Gouvernement et secteur public", "fr"))
                .add(EU + "data-theme/GOVE", "skos:inScheme", Term.iri(EU + "data-theme"));
        rdf.add(EU + "data-theme", A, Term.iri(Rdf.expand("skos:ConceptScheme")))
                .add(EU + "data-theme", "dct:title", Term.text("Data theme", "en"));
        rdf.add(Rdf.expand("spdx:checksumAlgorithm_sha256"), A, Term.iri(Rdf.expand("spdx:ChecksumAlgorithm")));
        return rdf;
    }

    public String turtle(String apiBase) {
        return graph(apiBase).turtle();
    }

    public String jsonLd(String apiBase) {
        return graph(apiBase).jsonLd();
    }

    private static Term dateTime(Instant instant) {
        return Term.typed(OpenDataExport.iso(instant), "xsd:dateTime");
    }

    /** The CSV's SHA-256 and size, recomputed only when the dataset changed. */
    private Digest digest(Dataset dataset) {
        OpenDataExport.State state = export.state(dataset);
        Digest known = cached.get(dataset);
        if (known != null && known.state().equals(state)) {
            return known;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long[] bytes = new long[1];
            OutputStream counting = new OutputStream() {
                @Override
                public void write(int b) {
                    bytes[0]++;
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes[0] += len;
                }
            };
            export.writeCsv(dataset, new DigestOutputStream(counting, sha));
            Digest digest = new Digest(state, HexFormat.of().formatHex(sha.digest()), bytes[0]);
            cached.put(dataset, digest);
            return digest;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    /** French descriptions of the datasets, for the catalogue. */
    static final class Descriptions {
        static final Map<Dataset, String> FR = Map.of(
                Dataset.PROPOSALS, "Propositions publiées et visibles ; les propositions retirées restent, signalées.",
                Dataset.COMMENTS, "Commentaires visibles des propositions publiées.",
                Dataset.ANSWERS, "Historique des états des propositions et réponses officielles des élus.",
                Dataset.VOTES_DAILY, "Votes par proposition et par jour (pour, contre, retirés), jamais individuels.",
                Dataset.THEMES, "Thèmes des propositions.",
                Dataset.DISTRICTS, "Quartiers de la commune.");

        private Descriptions() {
        }
    }
}
