package org.civitas.opendata;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.civitas.budgets.DeliveryStatus;
import org.civitas.funding.CampaignStatus;
import org.civitas.platform.PublicPage;
import org.civitas.platform.Texts;
import org.civitas.proposals.ProposalStatus;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * The Frictionless Data Package (v2) describing every CSV: its address, dialect, and Table Schema (types, formats,
 * required fields, allowed values, primary and foreign keys), built from {@link Dataset}.
 */
public final class DataPackage {

    /**
     * Licence Ouverte 2.0, exactly: SPDX's page for {@code etalab-2.0} (Etalab's own page covers versions 1.0 and 2.0
     * at one address).
     */
    public static final String LICENCE_URL = "https://spdx.org/licenses/etalab-2.0.html";

    private DataPackage() {
    }

    /** With {@code apiBase} empty, resources point at files beside datapackage.json (a snapshot's ZIP). */
    public static JsonObject build(String apiBase, String townName, Instant now) {
        JsonArrayBuilder resources = Json.createArrayBuilder();
        for (Dataset dataset : Dataset.values()) {
            resources.add(resource(dataset, apiBase));
        }
        return Json.createObjectBuilder()
                .add("$schema", "https://datapackage.org/profiles/2.0/datapackage.json")
                .add("name", "civitas-" + slug(townName))
                .add("title", "Participation citoyenne — " + townName)
                .add("description", "Propositions des habitants, commentaires, réponses officielles et votes agrégés du "
                        + "portail de participation de " + townName + ". Seul ce que tout visiteur voit est publié.")
                .add("homepage", (apiBase.isEmpty() ? "" : apiBase.replaceFirst("/api/opendata/v1$", ""))
                        + PublicPage.OPEN_DATA.address())
                .add("created", OpenDataExport.iso(now))
                .add("licenses", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "etalab-2.0").add("path", LICENCE_URL).add("title", "Licence Ouverte 2.0")))
                .add("resources", resources)
                .build();
    }

    private static JsonObjectBuilder resource(Dataset dataset, String apiBase) {
        JsonArrayBuilder fields = Json.createArrayBuilder();
        for (Field field : dataset.fields()) {
            JsonObjectBuilder f = Json.createObjectBuilder().add("name", field.name())
                    .add("type", field.type().tableSchema())
                    .add("description", describe(dataset, field, Locale.FRENCH))
                    .add("description_en", describe(dataset, field, Locale.ENGLISH));
            if (field.type() == Field.Type.DATETIME) {
                f.add("format", "default");
            }
            JsonObjectBuilder constraints = Json.createObjectBuilder();
            if (field.required()) {
                constraints.add("required", true);
            }
            if (dataset.primaryKey().size() == 1 && dataset.primaryKey().contains(field.name())) {
                constraints.add("unique", true);
            }
            if (dataset == Dataset.BUDGET_MILESTONES && field.name().equals("status")) {
                JsonArrayBuilder states = Json.createArrayBuilder();
                Arrays.stream(DeliveryStatus.values()).forEach(s -> states.add(s.name()));
                constraints.add("enum", states);
            } else if (dataset == Dataset.FUNDING_CAMPAIGNS && field.name().equals("status")) {
                JsonArrayBuilder states = Json.createArrayBuilder();
                Arrays.stream(CampaignStatus.values()).forEach(s -> states.add(s.name()));
                constraints.add("enum", states);
            } else if (field.name().equals("status") || field.name().equals("to_status") || field.name().equals("from_status")) {
                JsonArrayBuilder states = Json.createArrayBuilder();
                // The publication step comes from DRAFT: only from_status may say it.
                Arrays.stream(ProposalStatus.values())
                        .filter(s -> s != ProposalStatus.DRAFT || field.name().equals("from_status"))
                        .forEach(s -> states.add(s.name()));
                constraints.add("enum", states);
            }
            JsonObject built = constraints.build();
            if (!built.isEmpty()) {
                f.add("constraints", built);
            }
            fields.add(f);
        }
        JsonArrayBuilder primaryKey = Json.createArrayBuilder();
        dataset.primaryKey().forEach(primaryKey::add);
        JsonArrayBuilder foreignKeys = Json.createArrayBuilder();
        for (Dataset.ForeignKey fk : dataset.foreignKeys()) {
            foreignKeys.add(Json.createObjectBuilder()
                    .add("fields", Json.createArrayBuilder().add(fk.field()))
                    .add("reference", Json.createObjectBuilder().add("resource", fk.dataset())
                            .add("fields", Json.createArrayBuilder().add(fk.referencedField()))));
        }
        JsonObjectBuilder schema = Json.createObjectBuilder()
                .add("$schema", "https://datapackage.org/profiles/2.0/tableschema.json")
                .add("fields", fields)
                .add("missingValues", Json.createArrayBuilder().add(""))
                .add("primaryKey", primaryKey);
        if (!dataset.foreignKeys().isEmpty()) {
            schema.add("foreignKeys", foreignKeys);
        }
        return Json.createObjectBuilder()
                .add("name", dataset.path())
                .add("title", Texts.get(Locale.FRENCH, Dataset.TITLE_KEY + dataset.path()))
                .add("description", Texts.get(Locale.FRENCH, Dataset.DESCRIPTION_KEY + dataset.path()))
                .add("title_en", Texts.get(Locale.ENGLISH, Dataset.TITLE_KEY + dataset.path()))
                .add("description_en", Texts.get(Locale.ENGLISH, Dataset.DESCRIPTION_KEY + dataset.path()))
                .add("path", (apiBase.isEmpty() ? "" : apiBase + "/") + dataset.path() + ".csv")
                .add("format", "csv")
                .add("mediatype", "text/csv")
                .add("encoding", "utf-8")
                .add("dialect", Json.createObjectBuilder()
                        .add("$schema", "https://datapackage.org/profiles/2.0/tabledialect.json")
                        .add("delimiter", ",").add("lineTerminator", "\r\n").add("header", true).add("quoteChar", "\""))
                .add("schema", schema);
    }

    /** What a field holds, from the data dictionary the open-data page shows (the same bundles). */
    static String describe(Dataset dataset, Field field, Locale locale) {
        return Texts.get(locale, Dataset.FIELD_KEY + dataset.path() + "." + field.name());
    }

    static String slug(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
