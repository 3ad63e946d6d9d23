package org.civitas.opendata;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.civitas.testing.CsvReader;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every CSV the portal produces, checked against the Table Schema its datapackage.json declares: header, types and
 * formats, required fields, allowed values, unique primary keys, and foreign keys that point at existing rows.
 */
@ExtendWith(Portal.class)
class TableSchemaIT {

    private final URL base = Portal.base();

    @Test
    void everyCsvConformsToItsTableSchema() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Auteur Schéma");
        long id = TestProposals.publish(author, "Une proposition, avec \\\"guillemets\\\" et =formule", "culture").id();
        author.sendJson("POST", "api/proposals/" + id + "/comments", "{\"text\":{\"body\":\"Ligne 1\\n\\nLigne 2, virgule\"}}");
        author.sendJson("PUT", "api/proposals/" + id + "/vote", "{\"choice\":\"FOR\"}");

        PortalClient client = new PortalClient(base.toURI());
        String text = client.get("api/opendata/v1/datapackage.json").body();
        JsonObject pack = Json.createReader(new StringReader(text)).readObject();
        assertEquals("https://datapackage.org/profiles/2.0/datapackage.json", pack.getString("$schema"));
        assertEquals("etalab-2.0", pack.getJsonArray("licenses").getJsonObject(0).getString("name"));
        assertEquals("https://spdx.org/licenses/etalab-2.0.html",
                pack.getJsonArray("licenses").getJsonObject(0).getString("path"), "Licence Ouverte 2.0, exactly");
        JsonArray resources = pack.getJsonArray("resources");
        assertEquals(Dataset.values().length, resources.size());

        Map<String, List<Map<String, String>>> tables = new HashMap<>();
        Map<String, JsonObject> schemas = new HashMap<>();
        for (JsonValue value : resources) {
            JsonObject resource = value.asJsonObject();
            String name = resource.getString("name");
            String csv = client.send(HttpRequest.newBuilder(URI.create(resource.getString("path"))).build()).body();
            JsonObject schema = resource.getJsonObject("schema");
            // Issue 19: titles and field descriptions in the package itself, not only on the HTML page
            // (a missing text would show its key: opendata.title.…)
            assertFalse(resource.getString("title").isBlank() || resource.getString("title").startsWith("opendata."), name);
            for (JsonValue field : schema.getJsonArray("fields")) {
                for (String description : List.of(field.asJsonObject().getString("description", ""),
                        field.asJsonObject().getString("description_en", ""))) {
                    assertFalse(description.isBlank() || description.startsWith("opendata."), name + ": " + field);
                }
            }
            schemas.put(name, schema);
            tables.put(name, check(name, csv, schema));
        }
        for (Map.Entry<String, JsonObject> entry : schemas.entrySet()) {
            JsonArray foreignKeys = entry.getValue().getJsonArray("foreignKeys");
            if (foreignKeys == null) {
                continue;
            }
            for (JsonValue fkValue : foreignKeys) {
                JsonObject fk = fkValue.asJsonObject();
                String field = fk.getJsonArray("fields").getString(0);
                String target = fk.getJsonObject("reference").getString("resource");
                String targetField = fk.getJsonObject("reference").getJsonArray("fields").getString(0);
                Set<String> existing = new HashSet<>();
                tables.get(target).forEach(row -> existing.add(row.get(targetField)));
                for (Map<String, String> row : tables.get(entry.getKey())) {
                    String v = row.get(field);
                    assertTrue(v.isEmpty() || existing.contains(v),
                            entry.getKey() + "." + field + " = " + v + " has no " + target + "." + targetField);
                }
            }
        }
        assertTrue(tables.get("proposals").stream().anyMatch(r -> r.get("title").equals(
                "Une proposition, avec \"guillemets\" et =formule")), "quotes and commas survive a round trip");
        assertTrue(tables.get("proposals").stream().noneMatch(r -> r.get("title").startsWith("=")),
                "no cell starts a formula");
    }

    private static List<Map<String, String>> check(String name, String csv, JsonObject schema) {
        List<List<String>> rows = CsvReader.parse(csv);
        JsonArray fields = schema.getJsonArray("fields");
        List<String> names = new ArrayList<>();
        fields.forEach(f -> names.add(f.asJsonObject().getString("name")));
        assertEquals(names, rows.get(0), name + ": the header names the schema's fields in order");
        List<String> primaryKey = schema.getJsonArray("primaryKey").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        Set<List<String>> keys = new HashSet<>();
        List<Map<String, String>> table = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            assertEquals(names.size(), row.size(), name + " row " + r + " has the schema's number of fields");
            Map<String, String> record = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                JsonObject field = fields.getJsonObject(i);
                String value = row.get(i);
                record.put(names.get(i), value);
                JsonObject constraints = field.getJsonObject("constraints");
                if (value.isEmpty()) {
                    assertTrue(constraints == null || !constraints.getBoolean("required", false),
                            name + "." + names.get(i) + " is required (row " + r + ")");
                    continue;
                }
                assertTrue(conforms(field.getString("type"), value),
                        name + "." + names.get(i) + " = \"" + value + "\" is not a " + field.getString("type"));
                if (constraints != null && constraints.containsKey("enum")) {
                    assertTrue(constraints.getJsonArray("enum").getValuesAs(JsonString.class).stream()
                            .anyMatch(s -> s.getString().equals(value)), name + "." + names.get(i) + " = " + value);
                }
            }
            List<String> key = primaryKey.stream().map(record::get).toList();
            assertTrue(keys.add(key), name + ": primary key " + key + " repeated");
            table.add(record);
        }
        return table;
    }

    private static boolean conforms(String type, String value) {
        try {
            return switch (type) {
                case "integer" -> value.matches("-?\\d+");
                case "number" -> value.matches("-?\\d+(\\.\\d+)?");
                case "boolean" -> value.equals("true") || value.equals("false");
                case "date" -> LocalDate.parse(value) != null;
                case "datetime" -> value.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ") && Instant.parse(value) != null;
                case "string" -> true;
                default -> false;
            };
        } catch (RuntimeException e) {
            return false;
        }
    }
}
