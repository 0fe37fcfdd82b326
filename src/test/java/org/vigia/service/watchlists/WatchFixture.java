package org.vigia.service.watchlists;

import static org.vigia.db.schema.Tables.BORDER_CHECK;
import static org.vigia.db.schema.Tables.CHECKPOINT_CONTROL;
import static org.vigia.db.schema.Tables.TRANSIT_POINT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.vigia.model.CheckSubject;
import org.vigia.model.WatchCheckResult;
import org.vigia.service.Ids;
import org.vigia.service.persons.PersonKeys;
import org.vigia.testing.OperationDraft;
import org.vigia.testing.TestServices;

/** List files and checkpoint checks for the watch-list tests (checks are written as rows, as the checks form would). */
final class WatchFixture {
    static final String PERSONS_HEADER = "family_names,given_names,birth_date,nationality,notice_type,notice_ref";
    static final String DOCUMENTS_HEADER = "number,type,country,reported_as";

    private final TestServices t;
    private final Path dir;
    private UUID controlId;
    private int files;

    WatchFixture(TestServices t, Path dir) {
        this.t = t;
        this.dir = dir;
    }

    WatchListService service() {
        return t.app().watchLists();
    }

    Path file(Charset charset, String... lines) {
        try {
            Path f = dir.resolve("list-" + (++files) + ".csv");
            Files.writeString(f, String.join("\r\n", lines) + "\r\n", charset);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path file(String... lines) {
        return file(StandardCharsets.UTF_8, lines);
    }

    /** A PERSONS list file: header block (name, version), columns, rows. */
    Path persons(String name, String version, String... rows) {
        return list(name, "PERSONS", version, PERSONS_HEADER, rows);
    }

    Path documents(String name, String version, String... rows) {
        return list(name, "DOCUMENTS", version, DOCUMENTS_HEADER, rows);
    }

    Path list(String name, String kind, String version, String columns, String... rows) {
        List<String> lines = new ArrayList<>(List.of("list," + name, "kind," + kind, "version," + version,
                "date,2026-03-01", "source,Test source", columns));
        lines.addAll(List.of(rows));
        return file(lines.toArray(String[]::new));
    }

    WatchImportReport importList(Path f) {
        return service().importList(f, org.vigia.service.imports.ImportListener.NONE);
    }

    /** Stores a check of {@code s} (no matching). */
    UUID check(CheckSubject s) {
        return t.dsl().transactionResult(cfg -> insert(cfg.dsl(), s));
    }

    /** Stores a check and matches it in the same transaction, as the entry form does. */
    WatchCheckResult record(CheckSubject s) {
        return t.dsl().transactionResult(cfg -> {
            UUID id = insert(cfg.dsl(), s);
            return service().matcher().record(cfg.dsl(), id, s);
        });
    }

    private UUID insert(DSLContext tx, CheckSubject s) {
        OffsetDateTime now = OffsetDateTime.of(2026, 3, 12, 10, 0, 0, 0, ZoneOffset.UTC);
        if (controlId == null) {
            UUID op = t.operations().save(OperationDraft.valid("WL-" + UUID.randomUUID().toString().substring(0, 6)).build()).id();
            UUID point = Ids.next();
            tx.insertInto(TRANSIT_POINT).set(TRANSIT_POINT.ID, point).set(TRANSIT_POINT.SITE_ID, t.app().context().siteId())
                    .set(TRANSIT_POINT.CREATED_AT, now).set(TRANSIT_POINT.CREATED_BY, "test").set(TRANSIT_POINT.UPDATED_AT, now)
                    .set(TRANSIT_POINT.UPDATED_BY, "test").set(TRANSIT_POINT.POINT_TYPE, "RIVER")
                    .set(TRANSIT_POINT.NAME, "Puerto Leguízamo").set(TRANSIT_POINT.NAME_NORM, "PUERTO LEGUIZAMO")
                    .set(TRANSIT_POINT.COUNTRY, "CO").execute();
            controlId = Ids.next();
            tx.insertInto(CHECKPOINT_CONTROL).set(CHECKPOINT_CONTROL.ID, controlId)
                    .set(CHECKPOINT_CONTROL.SITE_ID, t.app().context().siteId()).set(CHECKPOINT_CONTROL.CREATED_AT, now)
                    .set(CHECKPOINT_CONTROL.CREATED_BY, "test").set(CHECKPOINT_CONTROL.UPDATED_AT, now)
                    .set(CHECKPOINT_CONTROL.UPDATED_BY, "test").set(CHECKPOINT_CONTROL.OPERATION_ID, op)
                    .set(CHECKPOINT_CONTROL.TRANSIT_POINT_ID, point).set(CHECKPOINT_CONTROL.SHIFT_START, now.minusHours(2))
                    .set(CHECKPOINT_CONTROL.SHIFT_END, now.plusHours(6)).execute();
        }
        UUID id = Ids.next();
        tx.insertInto(BORDER_CHECK).set(BORDER_CHECK.ID, id).set(BORDER_CHECK.SITE_ID, t.app().context().siteId())
                .set(BORDER_CHECK.CREATED_AT, now).set(BORDER_CHECK.CREATED_BY, "test").set(BORDER_CHECK.UPDATED_AT, now)
                .set(BORDER_CHECK.UPDATED_BY, "test").set(BORDER_CHECK.CONTROL_ID, controlId)
                .set(BORDER_CHECK.CHECKED_AT, now).set(BORDER_CHECK.GIVEN_NAMES, s.givenNames())
                .set(BORDER_CHECK.FAMILY_NAMES, s.familyNames()).set(BORDER_CHECK.BIRTH_DATE, s.birthDate())
                .set(BORDER_CHECK.NATIONALITY, s.nationality()).set(BORDER_CHECK.DOC_NUMBER, s.docNumber())
                .set(BORDER_CHECK.DOC_NUMBER_NORM, s.docNumber() == null ? null : PersonKeys.documentNorm(s.docNumber()))
                .set(BORDER_CHECK.DOC_TYPE, s.docType() == null ? null : s.docType().name())
                .set(BORDER_CHECK.DOC_COUNTRY, s.docCountry()).set(BORDER_CHECK.RESULT, "NO_HIT")
                .set(BORDER_CHECK.ACTION, "NONE").execute();
        return id;
    }

    static CheckSubject person(String given, String family, java.time.LocalDate born) {
        return new CheckSubject(given, family, born, null, null, null, null);
    }

    static CheckSubject document(String number, org.vigia.model.DocumentType type, String country) {
        return new CheckSubject(null, null, null, null, number, type, country);
    }
}
