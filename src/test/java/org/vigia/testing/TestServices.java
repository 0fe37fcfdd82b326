package org.vigia.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.DSLContext;
import org.vigia.app.AppServices;
import org.vigia.db.Database;
import org.vigia.model.Site;
import org.vigia.service.audit.AuditService;
import org.vigia.service.cases.CaseService;
import org.vigia.service.operations.OperationService;
import org.vigia.service.site.SiteService;

/**
 * The services of a real H2 database migrated by Flyway, with a fixed clock so dates are
 * deterministic. Close it after use (try-with-resources or @AfterEach).
 */
public final class TestServices implements AutoCloseable {
    public static final Instant NOW = Instant.parse("2026-03-15T15:30:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    public static final String OFFICE_NAME = "Oficina Bogotá";
    public static final String COUNTRY = "CO";
    public static final String OFFICE_CODE = "CO-BOG";
    public static final String OPERATOR = "Ana Morales";

    private final AppServices app;
    private final boolean inMemory;

    private TestServices(Database db, boolean inMemory) {
        this.app = new AppServices(db, CLOCK);
        this.inMemory = inMemory;
    }

    /** A fresh in-memory database with no office set up. */
    public static TestServices empty() {
        return new TestServices(Database.inMemory("t-" + UUID.randomUUID()), true);
    }

    /** A fresh in-memory database with the office "Oficina Bogotá" (CO-BOG) set up. */
    public static TestServices withOffice() {
        TestServices t = empty();
        t.setUpOffice();
        return t;
    }

    /** Services over a database the test opened itself (e.g. a file database in a temp folder). */
    public static TestServices on(Database db) {
        return new TestServices(db, false);
    }

    public Site setUpOffice() {
        return sites().setUp(OFFICE_NAME, COUNTRY, OFFICE_CODE, OPERATOR);
    }

    public AppServices app() {
        return app;
    }

    public SiteService sites() {
        return app.sites();
    }

    public OperationService operations() {
        return app.operations();
    }

    public CaseService cases() {
        return app.cases();
    }

    public AuditService audit() {
        return app.audit();
    }

    public DSLContext dsl() {
        return app.context().dsl();
    }

    /** Every row of every table, to show that refused input wrote nothing. */
    public DbSnapshot snapshot() {
        return DbSnapshot.of(dsl());
    }

    @Override
    public void close() {
        if (inMemory) {
            // frees the memory of the private database (it outlives its pool otherwise)
            dsl().connection(c -> c.createStatement().execute("SHUTDOWN"));
        }
        app.close();
    }
}
