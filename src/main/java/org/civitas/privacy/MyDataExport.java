package org.civitas.privacy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import org.civitas.proposals.ProposalAddress;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Writes one person's data as it is read: one read-only JDBC connection outside any transaction, each section's rows
 * written to the response before the next is read (a fetch size, never a list), so memory does not grow with what
 * the person wrote. Values are written by their SQL type: numbers, booleans, text, and times in ISO 8601 UTC.
 */
@ApplicationScoped
public class MyDataExport {

    /** The file's format, for programs that read it: a new version when a field changes meaning or goes. */
    public static final String FORMAT = "civitas-my-data/1";

    static final int FETCH_SIZE = 200;

    @Resource(lookup = "jdbc/civitas")
    private DataSource dataSource;

    /**
     * Writes the whole document for {@code accountId}; {@code base} is the portal's public address, for the links.
     * An account that no longer exists gets a document without sections.
     */
    public void write(long accountId, String base, Instant now, OutputStream out) {
        JsonGenerator json = Json.createGenerator(
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
        json.writeStartObject().write("format", FORMAT).write("generatedAt", iso(now)).write("portal", base);
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false); // PostgreSQL honours the fetch size only so
            try {
                MyDataSection.Person person = writeAccount(connection, accountId, json);
                if (person != null) {
                    for (MyDataSection section : MyDataSection.values()) {
                        writeSection(connection, section, person, base, json);
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("My data could not be read", e);
        }
        json.writeEnd();
        json.close();
    }

    private static MyDataSection.Person writeAccount(Connection connection, long accountId, JsonGenerator json)
            throws SQLException {
        MyDataSection.Person person = null;
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT a.id AS "id", a.email AS "email", a.display_name AS "displayName", a.locale AS "locale",
                       a.created_at AS "createdAt", a.password_changed_at AS "passwordChangedAt",
                       a.blocked_at AS "blockedAt", a.blocked_reason AS "blockedReason",
                       a.email_confirmed_at AS "emailConfirmedAt", a.email_key
                FROM account a WHERE a.id = ? AND a.deleted_at IS NULL""")) {
            statement.setLong(1, accountId);
            try (ResultSet rs = statement.executeQuery()) {
                if (rs.next()) {
                    json.writeStartObject("account");
                    writeColumns(rs, 9, json);
                    person = new MyDataSection.Person(rs.getLong(1), rs.getString(2), rs.getString(10));
                }
            }
        }
        if (person == null) {
            return null;
        }
        json.writeStartArray("roles");
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT r.role_name FROM account_role r WHERE r.account_id = ? ORDER BY r.role_name")) {
            statement.setLong(1, accountId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    json.write(rs.getString(1));
                }
            }
        }
        json.writeEnd().writeEnd();
        return person;
    }

    private static void writeSection(Connection connection, MyDataSection section, MyDataSection.Person person,
                                     String base, JsonGenerator json) throws SQLException {
        json.writeStartArray(section.key());
        try (PreparedStatement statement = connection.prepareStatement(section.sql(), ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(FETCH_SIZE);
            List<Object> parameters = section.parameters(person);
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    json.writeStartObject();
                    writeColumns(rs, columns, json);
                    writeLinks(section.link(), rs, base, json);
                    json.writeEnd();
                }
            }
        }
        json.writeEnd();
    }

    /**
     * A confirmation or reset link in a mail the portal sent: its token may still work, and the file may be read with
     * a read-only access token, which must not lead to a new password. The file says a link was sent, not which.
     */
    private static final Pattern LIVE_LINK = Pattern.compile("token=[A-Za-z0-9_-]{20,}");

    private static void writeColumns(ResultSet rs, int columns, JsonGenerator json) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        for (int i = 1; i <= columns; i++) {
            json.write(meta.getColumnLabel(i), value(rs, i, meta.getColumnType(i)));
        }
    }

    /** A column's value by its SQL type (PostgreSQL says BIT for a boolean); null as JSON null. */
    private static JsonValue value(ResultSet rs, int i, int sqlType) throws SQLException {
        return switch (sqlType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT -> {
                long n = rs.getLong(i);
                yield rs.wasNull() ? JsonValue.NULL : Json.createValue(n);
            }
            case Types.DECIMAL, Types.NUMERIC -> {
                BigDecimal n = rs.getBigDecimal(i);
                yield n == null ? JsonValue.NULL : Json.createValue(n);
            }
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> {
                double n = rs.getDouble(i);
                yield rs.wasNull() ? JsonValue.NULL : Json.createValue(n);
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean b = rs.getBoolean(i);
                yield rs.wasNull() ? JsonValue.NULL : b ? JsonValue.TRUE : JsonValue.FALSE;
            }
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                Timestamp t = rs.getTimestamp(i);
                yield t == null ? JsonValue.NULL : Json.createValue(iso(t.toInstant()));
            }
            default -> {
                String text = rs.getString(i);
                yield text == null ? JsonValue.NULL : Json.createValue(LIVE_LINK.matcher(text).replaceAll("token=…"));
            }
        };
    }

    private static void writeLinks(MyDataSection.Link link, ResultSet rs, String base, JsonGenerator json)
            throws SQLException {
        switch (link) {
            case PROPOSAL -> json.write("url", base + ProposalAddress.of(rs.getLong("id"), rs.getString("slug")));
            case PROPOSAL_ID -> json.write("url", base + ProposalAddress.of(rs.getLong("proposalId")));
            case PHOTO -> json.write("url", base + "/photos/" + rs.getLong("id") + ".jpg")
                    .write("thumbnailUrl", base + "/photos/" + rs.getLong("id") + "-thumb.jpg");
            case NONE -> {
                // nothing to link
            }
        }
    }

    /** ISO 8601 in UTC, to the second. */
    static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
