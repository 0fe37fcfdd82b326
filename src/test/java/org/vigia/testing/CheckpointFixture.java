package org.vigia.testing;

import static org.vigia.db.schema.Tables.BORDER_CHECK;
import static org.vigia.db.schema.Tables.CHECKPOINT_CONTROL;
import static org.vigia.db.schema.Tables.CHECK_TALLY;
import static org.vigia.db.schema.Tables.TRANSIT_POINT;
import static org.vigia.db.schema.Tables.WATCH_DOCUMENT;
import static org.vigia.db.schema.Tables.WATCH_HIT;
import static org.vigia.db.schema.Tables.WATCH_LIST;
import static org.vigia.db.schema.Tables.WATCH_LIST_VERSION;
import static org.vigia.db.schema.Tables.WATCH_PERSON;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.vigia.app.AppServices;
import org.vigia.db.schema.tables.records.BorderCheckRecord;
import org.vigia.service.Ids;
import org.vigia.service.RowStamps;
import org.vigia.service.ServiceContext;

/**
 * Transit points, controls, checks, tallies, list versions and hits written straight into the
 * V19/V20 tables (the checkpoints and watch-list services are another area's), for the tests of
 * the border checkpoints view.
 */
public final class CheckpointFixture {
    private final ServiceContext ctx;
    private final DSLContext dsl;

    public CheckpointFixture(AppServices app) {
        this.ctx = app.context();
        this.dsl = ctx.dsl();
    }

    public static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    public UUID point(String type, String name, String country, String locality) {
        var r = dsl.newRecord(TRANSIT_POINT);
        UUID id = Ids.next();
        RowStamps.created(r, id, ctx);
        r.setPointType(type);
        r.setName(name);
        r.setNameNorm(name.toUpperCase(Locale.ROOT));
        r.setCountry(country);
        r.setLocality(locality);
        r.insert();
        return id;
    }

    public UUID control(UUID operationId, UUID pointId, Instant start, Instant end) {
        var r = dsl.newRecord(CHECKPOINT_CONTROL);
        UUID id = Ids.next();
        RowStamps.created(r, id, ctx);
        r.setOperationId(operationId);
        r.setTransitPointId(pointId);
        r.setShiftStart(utc(start));
        r.setShiftEnd(utc(end));
        r.setOfficers("Sgt. Rojas, Cpl. Díaz");
        r.insert();
        return id;
    }

    /** A check being built: a person or document part, a result and an action; {@link #save()} inserts it. */
    public final class Check {
        private final BorderCheckRecord r = dsl.newRecord(BORDER_CHECK);

        private Check(UUID controlId, Instant at) {
            RowStamps.created(r, Ids.next(), ctx);
            r.setControlId(controlId);
            r.setCheckedAt(utc(at));
            r.setResult("NO_HIT");
            r.setAction("NONE");
        }

        public Check person(String given, String family, LocalDate born, String gender, String nationality, Boolean minor) {
            r.setGivenNames(given);
            r.setFamilyNames(family);
            r.setBirthDate(born);
            r.setGender(gender);
            r.setNationality(nationality);
            r.setMinor(minor);
            return this;
        }

        public Check document(String number, String type, String country) {
            r.setDocNumber(number);
            r.setDocNumberNorm(number.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", ""));
            r.setDocType(type);
            r.setDocCountry(country);
            return this;
        }

        public Check outcome(String result, String action) {
            r.setResult(result);
            r.setAction(action);
            return this;
        }

        public Check deleted() {
            r.setDeletedAt(ctx.nowUtc());
            return this;
        }

        public UUID save() {
            r.insert();
            return r.getId();
        }
    }

    public Check check(UUID controlId, Instant at) {
        return new Check(controlId, at);
    }

    public UUID tally(UUID controlId, int persons, int documents, int hits) {
        var r = dsl.newRecord(CHECK_TALLY);
        UUID id = Ids.next();
        RowStamps.created(r, id, ctx);
        r.setControlId(controlId);
        r.setPersonsScreened(persons);
        r.setDocumentsChecked(documents);
        r.setHits(hits);
        r.insert();
        return id;
    }

    /** A CURRENT version {@code version} of a new list {@code name} of {@code kind} (PERSONS, DOCUMENTS). */
    public UUID listVersion(String name, String kind, String version, LocalDate date) {
        var l = dsl.newRecord(WATCH_LIST);
        RowStamps.created(l, Ids.next(), ctx);
        l.setName(name);
        l.setNameNorm(name.toUpperCase(Locale.ROOT));
        l.setKind(kind);
        l.insert();
        var v = dsl.newRecord(WATCH_LIST_VERSION);
        UUID id = Ids.next();
        RowStamps.created(v, id, ctx);
        v.setListId(l.getId());
        v.setListVersion(version);
        v.setListDate(date);
        v.setSource("INTERPOL NCB Bogotá");
        v.setState("CURRENT");
        v.setEntryCount(1);
        v.setFileSha256("0".repeat(64));
        v.insert();
        return id;
    }

    public UUID personHit(UUID checkId, UUID versionId, String given, String family, LocalDate born, boolean late,
                          String followUp) {
        var p = dsl.newRecord(WATCH_PERSON);
        p.setId(Ids.next());
        p.setVersionId(versionId);
        p.setLineNo(2);
        p.setGivenNames(given);
        p.setFamilyNames(family);
        p.setNameNorm((given + " " + family).toUpperCase(Locale.ROOT));
        p.setBirthDate(born);
        p.setNoticeType("RED");
        p.setNoticeRef("A-1234/5-2025");
        p.insert();
        return hit(checkId, versionId, p.getId(), null, late, followUp);
    }

    public UUID documentHit(UUID checkId, UUID versionId, String number, String type, String country, boolean late,
                            String followUp) {
        var d = dsl.newRecord(WATCH_DOCUMENT);
        d.setId(Ids.next());
        d.setVersionId(versionId);
        d.setLineNo(2);
        d.setDocNumber(number);
        d.setDocNumberNorm(number.toUpperCase(Locale.ROOT));
        d.setDocType(type);
        d.setDocCountry(country);
        d.setReportedAs("STOLEN");
        d.insert();
        return hit(checkId, versionId, null, d.getId(), late, followUp);
    }

    private UUID hit(UUID checkId, UUID versionId, UUID personEntry, UUID documentEntry, boolean late, String followUp) {
        var h = dsl.newRecord(WATCH_HIT);
        UUID id = Ids.next();
        RowStamps.created(h, id, ctx);
        h.setCheckId(checkId);
        h.setVersionId(versionId);
        h.setWatchPersonId(personEntry);
        h.setWatchDocumentId(documentEntry);
        h.setLate(late);
        h.setFollowUp(followUp);
        h.insert();
        return id;
    }

    /** Tombstones row {@code id} of {@code table} (a table with the entity column block). */
    public void delete(Table<?> table, UUID id) {
        dsl.update(table).set(table.field("DELETED_AT", OffsetDateTime.class), ctx.nowUtc())
                .where(table.field("ID", UUID.class).eq(id)).execute();
    }
}
