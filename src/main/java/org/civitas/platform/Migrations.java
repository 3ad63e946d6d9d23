package org.civitas.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

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
        MigrateResult result = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/{vendor}")
                .failOnMissingLocations(false)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
