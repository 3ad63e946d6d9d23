package org.civitas.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.platform.PublicPage;
import org.civitas.platform.Town;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

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

    @Inject
    private Snapshots snapshots;

    /** The catalogue as an RDF graph, with addresses under {@code apiBase} ({@code .../api/opendata/v1}). */
    Rdf graph(String apiBase) {
        String portal = apiBase.replaceFirst("/api/opendata/v1$", "");
        String catalog = apiBase + "/catalog";
        String publisher = portal + "/#town";
        String contactPoint = catalog + "#contact";
        Rdf rdf = new Rdf();
        Instant latest = Instant.EPOCH;
        Map<Dataset, Instant> changes = new EnumMap<>(Dataset.class);
        for (Dataset d : Dataset.values()) {
            Instant changed = export.lastChange(d);
            changes.put(d, changed);
            if (changed != null && changed.isAfter(latest)) {
                latest = changed;
            }
        }
        // The live files change with every write: described without a size or hash (computing them meant exporting
        // the file again at each request). The newest daily snapshot, a file that never changes, has both.
        Optional<Snapshots.Snapshot> snapshot = snapshots.list().stream().filter(x -> x.sha256() != null)
                .max(Comparator.comparing(Snapshots.Snapshot::date));
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
            String dataset = apiBase + "/" + d.path();
            Instant modified = changes.get(d) == null ? latest : changes.get(d);
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
            rdf.add(csv, A, Term.iri(Rdf.expand("dcat:Distribution")))
                    .add(csv, "dct:title", Term.text(d.path() + ".csv", "fr"))
                    .add(csv, "dcat:accessURL", Term.iri(dataset + ".csv"))
                    .add(csv, "dcat:downloadURL", Term.iri(dataset + ".csv"))
                    .add(csv, "dcat:mediaType", Term.iri("http://www.iana.org/assignments/media-types/text/csv"))
                    .add(csv, "dct:format", Term.iri(EU + "file-type/CSV"))
                    .add(csv, "dct:license", Term.iri(DataPackage.LICENCE_URL))
                    .add(csv, "dct:modified", dateTime(modified))
                    .add(csv, "dct:conformsTo", Term.iri(apiBase + "/datapackage.json"));
            snapshot.ifPresent(zip -> snapshotDistribution(rdf, apiBase, dataset, d, zip));
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
        for (String[] type : new String[][]{{"text/csv", "CSV"}, {"application/json", "JSON"}, {"application/zip", "ZIP"}}) {
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

    /** The last change of any dataset (the epoch when none has any): what the Data Package says it was made at. */
    public Instant lastChange() {
        Instant latest = Instant.EPOCH;
        for (Dataset d : Dataset.values()) {
            Instant changed = export.lastChange(d);
            if (changed != null && changed.isAfter(latest)) {
                latest = changed;
            }
        }
        return latest;
    }

    /** The whole catalogue in a format. */
    public String write(String apiBase, RdfFormat format) {
        return write(graph(apiBase), format);
    }

    /** What the catalogue says of one dataset (its own address), with its distributions. */
    public String writeDataset(String apiBase, Dataset dataset, RdfFormat format) {
        return write(graph(apiBase).about(apiBase + "/" + dataset.path()), format);
    }

    private static String write(Rdf rdf, RdfFormat format) {
        return switch (format) {
            case JSON_LD -> rdf.jsonLd();
            case TURTLE -> rdf.turtle();
            case RDF_XML -> rdf.rdfXml();
        };
    }

    private static Term dateTime(Instant instant) {
        return Term.typed(OpenDataExport.iso(instant), "xsd:dateTime");
    }

    /** The newest daily snapshot as a distribution of the dataset: a ZIP holding its CSV, with the ZIP's size and hash. */
    private static void snapshotDistribution(Rdf rdf, String apiBase, String dataset, Dataset d, Snapshots.Snapshot zip) {
        String distribution = dataset + ".zip#distribution";
        String checksum = "checksum-" + d.path();
        String url = apiBase + "/snapshots/" + zip.file();
        rdf.add(dataset, "dcat:distribution", Term.iri(distribution));
        rdf.add(distribution, A, Term.iri(Rdf.expand("dcat:Distribution")))
                .add(distribution, "dct:title", Term.text("Instantané du " + zip.date() + " (ZIP de tous les jeux, dont "
                        + d.path() + ".csv)", "fr"))
                .add(distribution, "dcat:accessURL", Term.iri(apiBase + "/snapshots"))
                .add(distribution, "dcat:downloadURL", Term.iri(url))
                .add(distribution, "dcat:mediaType", Term.iri("http://www.iana.org/assignments/media-types/application/zip"))
                .add(distribution, "dct:format", Term.iri(EU + "file-type/ZIP"))
                .add(distribution, "dct:license", Term.iri(DataPackage.LICENCE_URL))
                .add(distribution, "dct:issued", Term.typed(zip.date().toString(), "xsd:date"))
                .add(distribution, "dcat:byteSize", Term.typed(String.valueOf(zip.bytes()), "xsd:nonNegativeInteger"))
                .add(distribution, "spdx:checksum", Term.blank(checksum))
                .add(distribution, "dct:conformsTo", Term.iri(apiBase + "/datapackage.json"));
        rdf.add(new Rdf.Node(checksum, true), A, Term.iri(Rdf.expand("spdx:Checksum")))
                .add(new Rdf.Node(checksum, true), "spdx:algorithm", Term.iri(Rdf.expand("spdx:checksumAlgorithm_sha256")))
                .add(new Rdf.Node(checksum, true), "spdx:checksumValue", Term.typed(zip.sha256(), "xsd:hexBinary"));
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
