package org.civitas.opendata;

/** One column of a dataset: its name (the same in CSV and JSON), its type, and whether it may be empty. */
public record Field(String name, Type type, boolean required) {

    /** Table Schema types (Frictionless Data), as the values are written. */
    public enum Type {
        INTEGER("integer"), NUMBER("number"), STRING("string"), BOOLEAN("boolean"), DATE("date"),
        DATETIME("datetime");

        private final String tableSchema;

        Type(String tableSchema) {
            this.tableSchema = tableSchema;
        }

        public String tableSchema() {
            return tableSchema;
        }
    }

    static Field required(String name, Type type) {
        return new Field(name, type, true);
    }

    static Field optional(String name, Type type) {
        return new Field(name, type, false);
    }
}
