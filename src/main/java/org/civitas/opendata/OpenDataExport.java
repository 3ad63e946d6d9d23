package org.civitas.opendata;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import org.civitas.platform.export.Csv;
import org.civitas.platform.MapSettings;
import org.civitas.proposals.ProposalAddress;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Writes datasets as they are read: one JDBC statement with a fetch size, each row written to the response before
 * the next is read, so that memory does not depend on the table's size. Read-only connections outside any
 * transaction; the JSON pages and the change feed share the same queries ({@link Dataset}).
 */
@ApplicationScoped
public class OpenDataExport {

    /** Rows the driver fetches at a time (PostgreSQL needs auto-commit off to honour it). */
    static final int FETCH_SIZE = 500;

    @Resource(lookup = "jdbc/civitas")
    private DataSource dataSource;

    /** The portal's public address, for the proposals' {@code url} column. */
    @Inject
    private MapSettings maps;

    @Inject
    @ConfigProperty(name = "civitas.public-url", defaultValue = "http://localhost:9080")
    private String publicUrl;

    /** Where a JSON page stops: the cursor of its last row, or null when there is nothing after it. */
    public record PageEnd(String nextCursor, int rows) {
    }

    /** Writes a whole dataset as CSV: a header row, then every public row. */
    public void writeCsv(Dataset dataset, OutputStream out) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        Csv csv = new Csv(writer);
        csv.row(dataset.fields().stream().map(Field::name).toList());
        query(dataset.fullQuery(), List.of(), rs -> {
            List<Object> cells = new ArrayList<>(dataset.fields().size());
            for (int i = 0; i < dataset.fields().size(); i++) {
                cells.add(csvValue(value(dataset, rs, i)));
            }
            csv.row(cells);
            return true;
        });
        flush(writer);
    }

    /**
     * Writes one JSON page: {@code {"dataset": ..., "as_of": ..., "items": [...], "next": ...}}. Without {@code since},
     * public rows after the cursor by key; with it, rows changed after {@code since} and no later than {@code asOf}
     * (the horizon the pass's first page fixed, carried by its cursors), hidden or deleted ones as tombstones
     * {@code {"id": 7, "deleted": true, "at": ...}}. {@code as_of} is what to pass as {@code since} next time.
     */
    public PageEnd writeJsonPage(Dataset dataset, Instant since, Instant asOf, Cursor after, int limit, OutputStream out,
                                 Function<String, String> nextLink) {
        JsonGenerator json = Json.createGenerator(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
        json.writeStartObject().write("dataset", dataset.path());
        if (since != null) {
            json.write("since", exactIso(since));
        }
        json.write("as_of", exactIso(asOf));
        json.writeStartArray("items");
        List<Object> parameters = new ArrayList<>();
        String sql;
        if (since == null) {
            sql = dataset.pageQuery(false);
            parameters.add(after == null ? Long.MIN_VALUE : after.key());
        } else {
            sql = dataset.pageQuery(true);
            Instant from = after == null || after.changed() == null ? since : after.changed();
            parameters.add(Timestamp.from(since));
            parameters.add(Timestamp.from(asOf));
            parameters.add(Timestamp.from(from));
            parameters.add(Timestamp.from(from));
            parameters.add(after == null || after.changed() == null ? Long.MIN_VALUE : after.key());
        }
        int fields = dataset.fields().size();
        Cursor[] last = new Cursor[1];
        int[] count = new int[1];
        boolean[] more = new boolean[1];
        query(sql + " FETCH FIRST " + (limit + 1) + " ROWS ONLY", parameters, rs -> {
            if (count[0] == limit) {
                more[0] = true; // one row more than the page: there is a next page
                return false;
            }
            Timestamp changed = rs.getTimestamp(fields + 1);
            long key = rs.getLong(fields + 2);
            boolean visible = rs.getInt(fields + 3) == 1;
            if (visible) {
                json.writeStartObject();
                for (int i = 0; i < fields; i++) {
                    writeJson(json, dataset.fields().get(i), value(dataset, rs, i));
                }
                json.writeEnd();
            } else {
                json.writeStartObject();
                writeJson(json, dataset.fields().get(0), value(dataset, rs, 0));
                json.write("deleted", true);
                json.write("at", changed == null ? null : iso(changed.toInstant()));
                json.writeEnd();
            }
            last[0] = new Cursor(asOf, changed == null ? null : changed.toInstant(), key);
            count[0]++;
            return true;
        });
        String next = more[0] ? last[0].encode(since != null) : null;
        json.writeEnd();
        if (next == null) {
            json.writeNull("next");
        } else {
            json.write("next", nextLink.apply(next));
        }
        json.writeEnd();
        json.flush();
        return new PageEnd(next, count[0]);
    }

    /**
     * What identifies the state of a dataset (for ETag and Last-Modified): its public rows, the last change of any of
     * its rows to the database's precision, and the sum of its rows' versions, which every committed write raises.
     */
    public record State(long rows, Instant lastChanged, long writes) {
    }

    public State state(Dataset dataset) {
        State[] state = new State[1];
        query(dataset.stateQuery(), List.of(), rs -> {
            Timestamp t = rs.getTimestamp(2);
            state[0] = new State(rs.getLong(1), t == null ? null : t.toInstant(), rs.getLong(3));
            return false;
        });
        return state[0];
    }

    /**
     * The public rows' keys (the first field, an integer) and one of their text fields: what a snapshot is checked
     * against when something leaves the public view.
     */
    public Map<Long, String> publicValues(Dataset dataset, String field) {
        int index = dataset.fields().stream().map(Field::name).toList().indexOf(field);
        if (index < 0 || dataset.fields().get(0).type() != Field.Type.INTEGER) {
            throw new IllegalArgumentException(dataset.path() + "." + field);
        }
        Map<Long, String> values = new HashMap<>();
        query(dataset.fullQuery(), List.of(), rs -> {
            values.put(rs.getLong(1), rs.getString(index + 1));
            return true;
        });
        return values;
    }

    /** The dataset's last change, read through its change-time index (see {@link Dataset#lastChangeQuery}); may be null. */
    public Instant lastChange(Dataset dataset) {
        return instant(dataset.lastChangeQuery());
    }

    /** When the dataset's first public row happened (see {@link Dataset#firstQuery}); may be null. */
    public Instant first(Dataset dataset) {
        return instant(dataset.firstQuery());
    }

    private Instant instant(String sql) {
        if (sql == null) {
            return null;
        }
        Instant[] value = new Instant[1];
        query(sql, List.of(), rs -> {
            Timestamp t = rs.getTimestamp(1);
            value[0] = t == null ? null : t.toInstant();
            return false;
        });
        return value[0];
    }

    private Object value(Dataset dataset, ResultSet rs, int index) throws SQLException {
        Field field = dataset.fields().get(index);
        int column = index + 1;
        Object value = switch (field.type()) {
            case INTEGER -> {
                long n = rs.getLong(column);
                yield rs.wasNull() ? null : n;
            }
            case NUMBER -> {
                BigDecimal n = rs.getBigDecimal(column);
                yield n == null ? null : n.stripTrailingZeros().toPlainString();
            }
            case BOOLEAN -> {
                int n = rs.getInt(column);
                yield rs.wasNull() ? null : n == 1;
            }
            case DATE -> {
                Date d = rs.getDate(column);
                yield d == null ? null : d.toLocalDate().toString();
            }
            case DATETIME -> {
                Timestamp t = rs.getTimestamp(column);
                yield t == null ? null : iso(t.toInstant());
            }
            case STRING -> rs.getString(column);
        };
        if (dataset == Dataset.PROPOSALS && field.name().equals("url") && value != null) {
            return base() + ProposalAddress.of(rs.getLong(1), value.toString());
        }
        if (dataset == Dataset.BUDGETS && field.name().equals("url") && value != null) {
            return base() + "/budgets/view.xhtml?id=" + rs.getLong(1);
        }
        if (dataset == Dataset.GALLERY_PHOTOS && field.name().equals("image_url")) {
            long contestPhoto = rs.getLong(column - 2);
            return rs.wasNull() ? base() + "/photos/galleries/" + rs.getLong(column - 1) + ".jpg"
                    : base() + "/photos/contests/" + contestPhoto + ".jpg";
        }
        if (dataset == Dataset.CONTEST_PHOTOS && field.name().equals("image_url") && value != null) {
            return base() + "/photos/contests/" + value + ".jpg";
        }
        if (dataset == Dataset.BUDGET_MILESTONES && field.name().equals("photo_url") && value != null) {
            return base() + "/photos/milestones/" + value + ".jpg";
        }
        return value;
    }

    private String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    private static Object csvValue(Object value) {
        if (value instanceof Boolean b) {
            return b ? "true" : "false";
        }
        return value;
    }

    private static void writeJson(JsonGenerator json, Field field, Object value) {
        if (value == null) {
            json.writeNull(field.name());
        } else if (value instanceof Long n) {
            json.write(field.name(), n);
        } else if (value instanceof Boolean b) {
            json.write(field.name(), b);
        } else if (field.type() == Field.Type.NUMBER) {
            json.write(field.name(), new BigDecimal(value.toString()));
        } else {
            json.write(field.name(), value.toString());
        }
    }

    /** ISO 8601 in UTC, exact: {@code 2026-11-22T03:12:45.123456Z} (an instant a consumer passes back). */
    public static String exactIso(Instant instant) {
        return instant.toString();
    }

    /** ISO 8601 in UTC, to the second: {@code 2026-11-22T03:12:45Z}. */
    public static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** One row of a result; false stops reading. */
    @FunctionalInterface
    interface RowHandler {
        boolean row(ResultSet rs) throws SQLException;
    }

    private void query(String asDeclared, List<Object> parameters, RowHandler handler) {
        String sql = asDeclared.replace(Dataset.COORDINATE_SCALE,
                BigDecimal.TEN.pow(maps.getOpenDataDecimals()).toPlainString() + ".0");
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(FETCH_SIZE);
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next() && handler.row(rs)) {
                        // the handler wrote the row
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Open data query failed", e);
        }
    }

    private static void flush(Writer writer) {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
