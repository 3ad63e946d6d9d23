package org.civitas.opendata;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RDF graph written three ways: Turtle, JSON-LD with an inline {@code @context} (no remote context, so it
 * reads offline), and RDF/XML (what older harvesters ask for). Enough for a DCAT catalogue; not a general RDF library.
 */
final class Rdf {

    static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("dcat", "http://www.w3.org/ns/dcat#");
        PREFIXES.put("dct", "http://purl.org/dc/terms/");
        PREFIXES.put("foaf", "http://xmlns.com/foaf/0.1/");
        PREFIXES.put("skos", "http://www.w3.org/2004/02/skos/core#");
        PREFIXES.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        PREFIXES.put("spdx", "http://spdx.org/rdf/terms#");
        PREFIXES.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        PREFIXES.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        PREFIXES.put("dcatap", "http://data.europa.eu/r5r/");
    }

    /** An object: an IRI, a blank node label, or a literal with a language or a datatype. */
    record Term(String iri, String literal, String language, String datatype, String blank) {

        static Term iri(String iri) {
            return new Term(iri, null, null, null, null);
        }

        static Term text(String value, String language) {
            return new Term(null, value, language, null, null);
        }

        static Term typed(String value, String datatype) {
            return new Term(null, value, null, datatype, null);
        }

        static Term blank(String label) {
            return new Term(null, null, null, null, label);
        }
    }

    /** A subject: an IRI, or a blank node when {@code blank} is true. */
    record Node(String id, boolean blank) {
    }

    private final Map<Node, List<Map.Entry<String, Term>>> subjects = new LinkedHashMap<>();

    Rdf add(Node subject, String predicate, Term object) {
        subjects.computeIfAbsent(subject, s -> new ArrayList<>()).add(Map.entry(predicate, object));
        return this;
    }

    Rdf add(String subjectIri, String predicate, Term object) {
        return add(new Node(subjectIri, false), predicate, object);
    }

    String turtle() {
        StringBuilder out = new StringBuilder();
        PREFIXES.forEach((p, iri) -> out.append("@prefix ").append(p).append(": <").append(iri).append("> .\n"));
        for (Map.Entry<Node, List<Map.Entry<String, Term>>> s : subjects.entrySet()) {
            out.append('\n').append(s.getKey().blank() ? "_:" + s.getKey().id() : "<" + s.getKey().id() + ">");
            List<Map.Entry<String, Term>> po = s.getValue();
            for (int i = 0; i < po.size(); i++) {
                out.append(i == 0 ? "\n    " : " ;\n    ").append(po.get(i).getKey()).append(' ')
                        .append(turtle(po.get(i).getValue()));
            }
            out.append(" .\n");
        }
        return out.toString();
    }

    private static String turtle(Term t) {
        if (t.iri() != null) {
            return compact(t.iri());
        }
        if (t.blank() != null) {
            return "_:" + t.blank();
        }
        String quoted = "\"" + t.literal().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                .replace("\r", "\\r") + "\"";
        if (t.language() != null) {
            return quoted + "@" + t.language();
        }
        return t.datatype() == null ? quoted : quoted + "^^" + t.datatype();
    }

    /**
     * The part of the graph about one resource: the subjects whose IRI is it or starts with it followed by {@code .}
     * or {@code #} (its distributions), and the blank nodes they lead to.
     */
    Rdf about(String iri) {
        Rdf part = new Rdf();
        List<Node> wanted = new ArrayList<>();
        for (Node node : subjects.keySet()) {
            if (!node.blank() && (node.id().equals(iri) || node.id().startsWith(iri + ".") || node.id().startsWith(iri + "#"))) {
                wanted.add(node);
            }
        }
        for (int i = 0; i < wanted.size(); i++) {
            for (Map.Entry<String, Term> po : subjects.get(wanted.get(i))) {
                Node blank = po.getValue().blank() == null ? null : new Node(po.getValue().blank(), true);
                if (blank != null && subjects.containsKey(blank) && !wanted.contains(blank)) {
                    wanted.add(blank);
                }
            }
        }
        wanted.forEach(node -> part.subjects.put(node, subjects.get(node)));
        return part;
    }

    /** Whether the graph says nothing. */
    boolean isEmpty() {
        return subjects.isEmpty();
    }

    String rdfXml() {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF");
        PREFIXES.forEach((p, iri) -> out.append("\n    xmlns:").append(p).append("=\"").append(xml(iri)).append('"'));
        out.append(">\n");
        for (Map.Entry<Node, List<Map.Entry<String, Term>>> s : subjects.entrySet()) {
            out.append("  <rdf:Description ").append(s.getKey().blank() ? "rdf:nodeID" : "rdf:about").append("=\"")
                    .append(xml(s.getKey().id())).append("\">\n");
            for (Map.Entry<String, Term> po : s.getValue()) {
                String element = po.getKey().equals("a") ? "rdf:type" : po.getKey();
                Term t = po.getValue();
                out.append("    <").append(element);
                if (t.iri() != null) {
                    out.append(" rdf:resource=\"").append(xml(t.iri())).append("\"/>\n");
                } else if (t.blank() != null) {
                    out.append(" rdf:nodeID=\"").append(xml(t.blank())).append("\"/>\n");
                } else {
                    if (t.language() != null) {
                        out.append(" xml:lang=\"").append(xml(t.language())).append('"');
                    } else if (t.datatype() != null) {
                        out.append(" rdf:datatype=\"").append(xml(expand(t.datatype()))).append('"');
                    }
                    out.append('>').append(xml(t.literal())).append("</").append(element).append(">\n");
                }
            }
            out.append("  </rdf:Description>\n");
        }
        return out.append("</rdf:RDF>\n").toString();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\r", "&#13;");
    }

    String jsonLd() {
        JsonObjectBuilder context = Json.createObjectBuilder();
        PREFIXES.forEach(context::add);
        JsonArrayBuilder graph = Json.createArrayBuilder();
        for (Map.Entry<Node, List<Map.Entry<String, Term>>> s : subjects.entrySet()) {
            JsonObjectBuilder node = Json.createObjectBuilder()
                    .add("@id", s.getKey().blank() ? "_:" + s.getKey().id() : s.getKey().id());
            Map<String, JsonArrayBuilder> values = new LinkedHashMap<>();
            List<String> types = new ArrayList<>();
            for (Map.Entry<String, Term> po : s.getValue()) {
                if (po.getKey().equals("a")) {
                    types.add(po.getValue().iri());
                    continue;
                }
                values.computeIfAbsent(po.getKey(), k -> Json.createArrayBuilder()).add(json(po.getValue()));
            }
            if (!types.isEmpty()) {
                JsonArrayBuilder t = Json.createArrayBuilder();
                types.forEach(t::add);
                node.add("@type", t);
            }
            values.forEach(node::add);
            graph.add(node);
        }
        return Json.createObjectBuilder().add("@context", context).add("@graph", graph).build().toString();
    }

    private static JsonObjectBuilder json(Term t) {
        if (t.iri() != null) {
            return Json.createObjectBuilder().add("@id", t.iri());
        }
        if (t.blank() != null) {
            return Json.createObjectBuilder().add("@id", "_:" + t.blank());
        }
        JsonObjectBuilder v = Json.createObjectBuilder().add("@value", t.literal());
        if (t.language() != null) {
            v.add("@language", t.language());
        } else if (t.datatype() != null) {
            v.add("@type", expand(t.datatype()));
        }
        return v;
    }

    /** {@code prefix:local} when the IRI is in a known namespace and its local part is simple, else {@code <iri>}. */
    static String compact(String iri) {
        for (Map.Entry<String, String> p : PREFIXES.entrySet()) {
            if (iri.startsWith(p.getValue()) && iri.substring(p.getValue().length()).matches("[A-Za-z][A-Za-z0-9_-]*")) {
                return p.getKey() + ":" + iri.substring(p.getValue().length());
            }
        }
        return "<" + iri + ">";
    }

    static String expand(String curie) {
        int colon = curie.indexOf(':');
        String prefix = colon < 0 ? null : PREFIXES.get(curie.substring(0, colon));
        return prefix == null ? curie : prefix + curie.substring(colon + 1);
    }
}
