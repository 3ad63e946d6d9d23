package org.civitas.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.platform.PublicPage;
import org.civitas.platform.Texts;
import org.civitas.platform.Town;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static org.civitas.opendata.Rdf.Term;

/**
 * The DCAT-AP 3.0.1 catalogue of the open data: the catalogue, one dataset per table titled and described in French
 * and English, its distributions (the live CSV and JSON, and the newest daily snapshot with its size and SHA-256),
 * the JSON API as a data service, licence, publisher, contact point, dates of issue and modification, temporal and
 * spatial coverage, update frequency, plus the typing triples of the vocabularies it uses, so that it validates
 * offline. A request costs the same at any scale: one indexed {@code MAX} per dataset, the first dates kept an hour,
 * and no export.
 */
@ApplicationScoped
public class Catalog {

    static final String EU = "http://publications.europa.eu/resource/authority/";
    /** A distribution kept as long as the portal runs (the EU "planned availability" vocabulary). */
    static final String AVAILABLE = EU + "planned-availability/AVAILABLE";
    /** The communes of INSEE's geographic code (the French statistics office's linked data). */
    static final String INSEE = "http://id.insee.fr/geo/commune/";
    private static final String A = "a";

    @Inject
    private OpenDataExport export;

    @Inject
    private Town town;

    /** An email ({@code mailto:}) or a web page; unset, the portal's legal notice (publisher, data protection officer). */
    @Inject
    @ConfigProperty(name = "civitas.opendata.contact")
    private Optional<String> contact;

    /** The commune's INSEE code (five characters, e.g. 25056 for Besançon): the datasets' spatial coverage. */
    @Inject
    @ConfigProperty(name = "civitas.opendata.insee-code")
    private Optional<String> inseeCode;

    private record First(Instant at, Instant readAt) {
    }

    /** When each dataset began: read at most once an hour (a full read of a column: kept, so a request stays cheap). */
    private final Map<Dataset, First> firsts = new ConcurrentHashMap<>();

    @Inject
    private Snapshots snapshots;

    /** The catalogue as an RDF graph, with addresses under {@code apiBase} ({@code .../api/opendata/v1}). */
    Rdf graph(String apiBase) {
        String portal = apiBase.replaceFirst("/api/opendata/v1$", "");
        String catalog = apiBase + "/catalog";
        String publisher = portal + "/#town";
        String contactPoint = catalog + "#contact";
        Rdf rdf = new Rdf();
        Map<Dataset, Instant> changes = changes();
        Instant latest = latest(changes);
        // The live files change with every write: described without a size or hash (computing them meant exporting
        // the file again at each request). The newest daily snapshot, a file that never changes, has both.
        Optional<Snapshots.Snapshot> snapshot = snapshots.list().stream().filter(x -> x.sha256() != null)
                .max(Comparator.comparing(Snapshots.Snapshot::date));
        rdf.add(catalog, A, Term.iri(Rdf.expand("dcat:Catalog")));
        both(rdf, catalog, "dct:title", "opendata.catalog.title", town.getName());
        both(rdf, catalog, "dct:description", "opendata.catalog.description");
        rdf.add(catalog, "dct:publisher", Term.iri(publisher))
                .add(catalog, "dct:language", Term.iri(EU + "language/FRA"))
                .add(catalog, "dct:license", Term.iri(DataPackage.LICENCE_URL))
                .add(catalog, "dct:modified", dateTime(latest))
                .add(catalog, "dcat:themeTaxonomy", Term.iri(EU + "data-theme"))
                .add(catalog, "foaf:homepage", Term.iri(portal + PublicPage.OPEN_DATA.address()));
        for (Dataset d : Dataset.values()) {
            rdf.add(catalog, "dcat:dataset", Term.iri(apiBase + "/" + d.path()));
        }
        // The JSON API as a data service: its address, its description (OpenAPI), the datasets it serves.
        String api = apiBase + "#api";
        rdf.add(catalog, "dcat:service", Term.iri(api));
        rdf.add(api, A, Term.iri(Rdf.expand("dcat:DataService")));
        both(rdf, api, "dct:title", "opendata.api.title");
        both(rdf, api, "dct:description", "opendata.api.description");
        rdf.add(api, "dcat:endpointURL", Term.iri(apiBase))
                .add(api, "dcat:endpointDescription", Term.iri(portal + "/openapi"))
                .add(api, "dct:license", Term.iri(DataPackage.LICENCE_URL))
                .add(api, "dct:publisher", Term.iri(publisher))
                .add(api, "dcat:contactPoint", Term.iri(contactPoint));
        for (Dataset d : Dataset.values()) {
            rdf.add(api, "dcat:servesDataset", Term.iri(apiBase + "/" + d.path()));
        }
        rdf.add(publisher, A, Term.iri(Rdf.expand("foaf:Agent")))
                .add(publisher, "foaf:name", Term.text(town.getName(), "fr"));
        rdf.add(contactPoint, A, Term.iri(Rdf.expand("vcard:Kind")))
                .add(contactPoint, A, Term.iri(Rdf.expand("vcard:Organization")))
                .add(contactPoint, "vcard:fn", Term.text(Texts.get(Locale.FRENCH, "opendata.contact.name", town.getName()), "fr"))
                .add(contactPoint, "vcard:fn", Term.text(Texts.get(Locale.ENGLISH, "opendata.contact.name", town.getName()), "en"));
        String reach = contact.map(String::strip).filter(c -> !c.isEmpty()).orElse(portal + PublicPage.LEGAL_NOTICE.address());
        rdf.add(contactPoint, reach.startsWith("mailto:") ? "vcard:hasEmail" : "vcard:hasURL", Term.iri(reach));
        Optional<String> commune = inseeCode.map(String::strip).filter(c -> c.matches("[0-9][0-9AB][0-9]{3}"));

        for (Dataset d : Dataset.values()) {
            String dataset = apiBase + "/" + d.path();
            Instant modified = changes.get(d) == null ? latest : changes.get(d);
            rdf.add(dataset, A, Term.iri(Rdf.expand("dcat:Dataset")))
                    .add(dataset, "dct:identifier", Term.text(d.path(), null));
            both(rdf, dataset, "dct:title", Dataset.TITLE_KEY + d.path());
            both(rdf, dataset, "dct:description", Dataset.DESCRIPTION_KEY + d.path());
            Instant first = first(d);
            if (first != null) {
                String period = "period-" + d.path();
                rdf.add(dataset, "dct:issued", dateTime(first))
                        .add(dataset, "dct:temporal", Term.blank(period));
                rdf.add(new Rdf.Node(period, true), A, Term.iri(Rdf.expand("dct:PeriodOfTime")))
                        .add(new Rdf.Node(period, true), "dcat:startDate", dateTime(first))
                        .add(new Rdf.Node(period, true), "dcat:endDate", dateTime(modified));
            }
            commune.ifPresent(code -> rdf.add(dataset, "dct:spatial", Term.iri(INSEE + code)));
            rdf.add(dataset, "dct:publisher", Term.iri(publisher))
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
                    .add(csv, "dct:description", Term.text("Le fichier entier, à jour à chaque écriture (CSV, UTF-8).", "fr"))
                    .add(csv, "dct:description", Term.text("The whole file, current with every write (CSV, UTF-8).", "en"))
                    .add(csv, "dcatap:availability", Term.iri(AVAILABLE))
                    .add(csv, "dcat:accessURL", Term.iri(dataset + ".csv"))
                    .add(csv, "dcat:downloadURL", Term.iri(dataset + ".csv"))
                    .add(csv, "dcat:mediaType", Term.iri("http://www.iana.org/assignments/media-types/text/csv"))
                    .add(csv, "dct:format", Term.iri(EU + "file-type/CSV"))
                    .add(csv, "dct:license", Term.iri(DataPackage.LICENCE_URL))
                    .add(csv, "dct:modified", dateTime(modified))
                    .add(csv, "dct:conformsTo", Term.iri(apiBase + "/datapackage.json"));
            snapshot.ifPresent(zip -> snapshotDistribution(rdf, apiBase, dataset, d, zip));
            if (d == Dataset.DISTRICTS) {
                boundariesDistribution(rdf, dataset, apiBase, modified);
            }
            String json = dataset + ".json#distribution";
            rdf.add(json, A, Term.iri(Rdf.expand("dcat:Distribution")))
                    .add(json, "dct:title", Term.text(d.path() + ".json", "fr"))
                    .add(json, "dcatap:availability", Term.iri(AVAILABLE))
                    .add(json, "dct:description", Term.text("Pages JSON avec un lien next ; ?since= pour les changements.", "fr"))
                    .add(json, "dcat:accessURL", Term.iri(dataset + ".json"))
                    .add(json, "dcat:mediaType", Term.iri("http://www.iana.org/assignments/media-types/application/json"))
                    .add(json, "dct:format", Term.iri(EU + "file-type/JSON"))
                    .add(json, "dct:license", Term.iri(DataPackage.LICENCE_URL))
                    .add(json, "dcat:accessService", Term.iri(api))
                    .add(json, "dct:modified", dateTime(modified));
        }

        // What an online validator would read from the EU vocabularies and imports: said here, so it validates offline.
        rdf.add(DataPackage.LICENCE_URL, A, Term.iri(Rdf.expand("dct:LicenseDocument")))
                .add(DataPackage.LICENCE_URL, "dct:title", Term.text("Licence Ouverte 2.0", "fr"))
                .add(DataPackage.LICENCE_URL, "dct:title", Term.text("Open Licence 2.0", "en"))
                .add(DataPackage.LICENCE_URL, "dct:identifier", Term.text("etalab-2.0", null));
        commune.ifPresent(code -> rdf.add(INSEE + code, A, Term.iri(Rdf.expand("dct:Location"))));
        rdf.add(portal + "/openapi", A, Term.iri(Rdf.expand("foaf:Document")));
        rdf.add(portal + PublicPage.LEGAL_NOTICE.address(), A, Term.iri(Rdf.expand("foaf:Document")));
        rdf.add(portal + PublicPage.OPEN_DATA.address(), A, Term.iri(Rdf.expand("foaf:Document")));
        rdf.add(apiBase + "/datapackage.json", A, Term.iri(Rdf.expand("dct:Standard")))
                .add(apiBase + "/datapackage.json", "dct:title", Term.text("Data Package (Frictionless Data v2)", "en"));
        for (String[] type : new String[][]{{"text/csv", "CSV"}, {"application/json", "JSON"}, {"application/zip", "ZIP"},
                {"application/geo+json", "GEOJSON"}}) {
            rdf.add("http://www.iana.org/assignments/media-types/" + type[0], A, Term.iri(Rdf.expand("dct:MediaType")));
            rdf.add(EU + "file-type/" + type[1], A, Term.iri(Rdf.expand("dct:MediaTypeOrExtent")))
                    .add(EU + "file-type/" + type[1], "skos:inScheme", Term.iri(EU + "file-type"));
        }
        rdf.add(EU + "language/FRA", A, Term.iri(Rdf.expand("dct:LinguisticSystem")))
                .add(EU + "language/FRA", "skos:inScheme", Term.iri(EU + "language"));
        for (String[] availability : new String[][]{{"AVAILABLE", "available"}, {"TEMPORARY", "temporary"}}) {
            String concept = EU + "planned-availability/" + availability[0];
            rdf.add(concept, A, Term.iri(Rdf.expand("skos:Concept")))
                    .add(concept, "skos:prefLabel", Term.text(availability[1], "en"))
                    .add(concept, "skos:inScheme", Term.iri(EU + "planned-availability"));
        }
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
        return latest(changes());
    }

    /** Each dataset's last change (none for themes and districts), through the change-time indexes. */
    private Map<Dataset, Instant> changes() {
        Map<Dataset, Instant> changes = new EnumMap<>(Dataset.class);
        for (Dataset d : Dataset.values()) {
            Instant changed = export.lastChange(d);
            if (changed != null) {
                changes.put(d, changed);
            }
        }
        return changes;
    }

    private static Instant latest(Map<Dataset, Instant> changes) {
        return changes.values().stream().max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
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

    /** A text in French and in English, from the bundles. */
    private static void both(Rdf rdf, String subject, String predicate, String key, Object... arguments) {
        rdf.add(subject, predicate, Term.text(Texts.get(Locale.FRENCH, key, arguments), "fr"))
                .add(subject, predicate, Term.text(Texts.get(Locale.ENGLISH, key, arguments), "en"));
    }

    /** When the dataset began (its first public row), read again at most once an hour. */
    private Instant first(Dataset dataset) {
        Instant now = Instant.now();
        First known = firsts.get(dataset);
        if (known == null || known.readAt().plus(Duration.ofHours(1)).isBefore(now)) {
            known = new First(export.first(dataset), now);
            firsts.put(dataset, known);
        }
        return known.at();
    }

    /** The districts' boundaries (GeoJSON, RFC 7946) as a distribution of the districts. */
    private static void boundariesDistribution(Rdf rdf, String dataset, String apiBase, Instant modified) {
        String distribution = dataset + ".geojson#distribution";
        rdf.add(dataset, "dcat:distribution", Term.iri(distribution));
        rdf.add(distribution, A, Term.iri(Rdf.expand("dcat:Distribution")));
        both(rdf, distribution, "dct:title", "opendata.boundaries.title");
        both(rdf, distribution, "dct:description", "opendata.boundaries.description");
        rdf.add(distribution, "dcatap:availability", Term.iri(AVAILABLE))
                .add(distribution, "dcat:accessURL", Term.iri(apiBase + "/districts.geojson"))
                .add(distribution, "dcat:downloadURL", Term.iri(apiBase + "/districts.geojson"))
                .add(distribution, "dcat:mediaType", Term.iri("http://www.iana.org/assignments/media-types/application/geo+json"))
                .add(distribution, "dct:format", Term.iri(EU + "file-type/GEOJSON"))
                .add(distribution, "dct:license", Term.iri(DataPackage.LICENCE_URL))
                .add(distribution, "dct:modified", dateTime(modified));
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
                .add(distribution, "dct:description", Term.text("L’instantané quotidien le plus récent, gardé 30 jours, avec "
                        + "sa taille et sa somme SHA-256.", "fr"))
                .add(distribution, "dct:description", Term.text("The newest daily snapshot, kept 30 days, with its size and "
                        + "SHA-256.", "en"))
                .add(distribution, "dcatap:availability", Term.iri(EU + "planned-availability/TEMPORARY"))
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
}
