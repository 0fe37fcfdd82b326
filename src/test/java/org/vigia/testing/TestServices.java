package org.vigia.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.vigia.app.FileKeyring;
import org.vigia.model.Account;
import org.vigia.model.Role;
import org.vigia.security.Kdf;
import org.vigia.security.KeyFile;
import org.vigia.service.access.AccountService;
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
    /** The user name of the first administrator (also a supervisor) the tests act as. */
    public static final String USER = "ana";
    public static final String PASSWORD = "Tinto-Mangrove-Ladder-42";
    /** Key derivation for tests: the real algorithm with few iterations, so tests stay fast. */
    public static final Kdf TEST_KDF = new Kdf(1_000);

    private final AppServices app;
    private final boolean inMemory;
    private final Path keyFolder;
    private final org.vigia.app.KeyFileAccess keys;

    private TestServices(Database db, boolean inMemory, Clock clock) {
        try {
            this.keyFolder = Files.createTempDirectory("vigia-keys");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.keys = new org.vigia.app.KeyFileAccess(keyFolder.resolve("vigia.keys"), TEST_KDF, clock);
        keys.create(k -> null);
        this.app = new AppServices(db, clock, new FileKeyring(keys, KeyFile.newDataKey()));
        this.inMemory = inMemory;
    }

    /** A fresh in-memory database with no office set up. */
    public static TestServices empty() {
        return empty(CLOCK);
    }

    /** A fresh in-memory database with no office set up, on {@code clock}. */
    public static TestServices empty(Clock clock) {
        return new TestServices(Database.inMemory("t-" + UUID.randomUUID()), true, clock);
    }

    /** A fresh in-memory database with the office "Oficina Bogotá" (CO-BOG) set up and "ana" signed in. */
    public static TestServices withOffice() {
        return withOffice(CLOCK);
    }

    public static TestServices withOffice(Clock clock) {
        TestServices t = empty(clock);
        t.setUpOffice();
        return t;
    }

    /**
     * The office set up (one audit event) and a supervisor account that exists only in memory
     * signed in: for tests that count audit events one by one.
     */
    public static TestServices officeWithoutAccounts() {
        TestServices t = empty(CLOCK);
        t.sites().setUp(OFFICE_NAME, COUNTRY, OFFICE_CODE, OPERATOR);
        t.app.context().signIn(new Account(new UUID(0, 9), 0, OPERATOR, OPERATOR, EnumSet.of(Role.SUPERVISOR),
                NOW, "test"));
        return t;
    }

    /** Services over a database the test opened itself (e.g. a file database in a temp folder). */
    public static TestServices on(Database db) {
        return new TestServices(db, false, CLOCK);
    }

    /** Sets up the office and its first administrator "ana" (also a supervisor), signed in. */
    public Site setUpOffice() {
        Site site = sites().setUp(OFFICE_NAME, COUNTRY, OFFICE_CODE, OPERATOR);
        accounts().createFirstAdministrator(USER, OPERATOR, EnumSet.of(Role.SUPERVISOR), PASSWORD.toCharArray());
        return site;
    }

    /** Adds an account with {@code roles} (as the administrator) and signs it in. */
    public Account signInAs(String userName, Role... roles) {
        Account admin = app.context().account().orElseThrow();
        if (!admin.can(org.vigia.model.Permission.ACCOUNT_MANAGE)) {
            throw new IllegalStateException("sign in an administrator first");
        }
        accounts().add(userName, "Test " + userName, EnumSet.copyOf(List.of(roles)), PASSWORD.toCharArray());
        return accounts().signIn(userName, PASSWORD.toCharArray());
    }

    /**
     * Acts as an existing account without its password (a database reopened by a test, whose
     * key slots it did not keep).
     */
    public Account actAs(String userName) {
        var r = dsl().selectFrom(org.vigia.db.schema.Tables.APP_USER)
                .where(org.vigia.db.schema.Tables.APP_USER.USER_NAME.eq(userName)).fetchSingle();
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : r.getRoles()) {
            roles.add(Role.valueOf(role));
        }
        Account a = new Account(r.getId(), r.getVersion(), r.getUserName(), r.getDisplayName(), roles,
                r.getCreatedAt().toInstant(), r.getCreatedBy());
        app.context().signIn(a);
        return a;
    }

    /** The key slots of this database. */
    public KeyFile keys() {
        return keys.update(k -> k);
    }

    public AccountService accounts() {
        return app.accounts();
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
        try (var files = Files.walk(keyFolder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temp folder
        }
    }
}
