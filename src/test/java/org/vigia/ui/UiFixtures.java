package org.vigia.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.vigia.app.AppServices;
import org.vigia.db.Database;
import org.vigia.model.CaseFile;
import org.vigia.model.CaseStatus;
import org.vigia.model.OffenceType;
import org.vigia.model.Operation;
import org.vigia.model.Site;

/** A real in-memory database, migrated by Flyway, with an office set up, for UI and ViewModel tests. */
public final class UiFixtures {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    private UiFixtures() {
    }

    public static final String USER = "ana";
    public static final String PASSWORD = "Tinto-Mangrove-Ladder-42";

    /** An office with its first administrator "ana" (also a supervisor) signed in. */
    public static AppServices services() {
        AppServices s = bare();
        s.sites().setUp("Oficina Bogotá", "CO", "CO-BOG", "Ana Morales");
        s.accounts().createFirstAdministrator(USER, "Ana Morales", java.util.EnumSet.of(org.vigia.model.Role.SUPERVISOR),
                PASSWORD.toCharArray());
        return s;
    }

    /**
     * An office whose only audit event is its setup, worked by a supervisor account that exists
     * only in memory (tests that count audit events one by one).
     */
    public static AppServices officeOnly() {
        AppServices s = bare();
        s.sites().setUp("Oficina Bogotá", "CO", "CO-BOG", "Ana Morales");
        s.context().signIn(new org.vigia.model.Account(new UUID(0, 9), 0, "Ana Morales", "Ana Morales",
                java.util.EnumSet.of(org.vigia.model.Role.SUPERVISOR), CLOCK.instant(), "test"));
        return s;
    }

    /** Services of a fresh in-memory database whose key slots live in a temporary key file. */
    public static AppServices bare() {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("vigia-ui-keys");
            dir.toFile().deleteOnExit();
            org.vigia.app.KeyFileAccess keys = new org.vigia.app.KeyFileAccess(dir.resolve("vigia.keys"),
                    new org.vigia.security.Kdf(1_000), CLOCK);
            keys.create(k -> null);
            dir.resolve("vigia.keys").toFile().deleteOnExit();
            return new AppServices(Database.inMemory("ui-" + UUID.randomUUID()), CLOCK,
                    new org.vigia.app.FileKeyring(keys, org.vigia.security.KeyFile.newDataKey()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Site site(AppServices s) {
        return s.sites().loadLocal().orElseThrow();
    }

    public static Operation operation(AppServices s, String code) {
        return s.operations().save(new Operation(null, 0, code, "Operation " + code,
                LocalDate.of(2022, 11, 28), LocalDate.of(2022, 12, 2), List.of("CO", "PE"), "Unit", List.of("IOM")));
    }

    public static CaseFile newCase(AppServices s, String title, String locality, CaseStatus status, OffenceType offence) {
        return s.cases().create(new CaseFile(null, 0, "", title, null, EnumSet.of(offence), status,
                "Insp. Ana Morales", LocalDate.of(2026, 11, 20), "CO", locality, "", "", "", "", null, null));
    }
}
