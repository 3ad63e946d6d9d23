package org.civitas.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the schema up to date before anything touches it: versioned SQL migrations (Flyway), never JPA schema
 * generation, so that a city upgrades without losing data. Bean-managed transactions: Flyway commits each
 * migration itself. The migrations are plain SQL that Derby and PostgreSQL both accept; where they must differ,
 * a vendor folder ({@code db/migration/derby}, {@code db/migration/postgresql}) holds the variant.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = "jdbc/civitas")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        String common = "classpath:db/migration/common";
        Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(common, "classpath:db/migration/" + vendor())
                .callbackLocations(common)
                // With sessions kept in the database (several servers), Liberty creates its SESSIONS table before
                // this runs: a schema holding only that is treated as empty (baseline 0, every migration applied).
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("before the first migration")
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion()
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** The vendor folder for this database: derby or postgresql (Flyway's {vendor} is not resolved inside Liberty). */
    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : "derby";
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it", e);
        }
    }
}
