package org.vigia.service.protection;

import static org.vigia.db.schema.Tables.CASE_ROLE;
import static org.vigia.db.schema.Tables.PROTECTION_ENTRY;
import static org.vigia.db.schema.Tables.VICTIM_PROTECTION;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.vigia.db.schema.tables.records.VictimProtectionRecord;
import org.vigia.model.ConflictException;
import org.vigia.model.Guardian;
import org.vigia.model.Permission;
import org.vigia.model.ProtectionEntry;
import org.vigia.model.ProtectionStatus;
import org.vigia.model.VictimProtection;
import org.vigia.model.VigiaException;
import org.vigia.service.Checks;
import org.vigia.service.Ids;
import org.vigia.service.RowStamps;
import org.vigia.service.ServiceContext;
import org.vigia.service.access.Access;
import org.vigia.service.audit.AuditService;

/**
 * The protection of each victim (a live VICTIM link): its status history, follow-up and guardian.
 * A history is appended to, never edited: a correction is a new entry that replaces the latest
 * one. Every write is refused when the victim's record changed since {@code expectedVersion}
 * ({@link VictimProtection#NOT_RECORDED} before anything was recorded). Audit events name the
 * link by id and statuses by code: never a name, a note or a guardian.
 */
public final class ProtectionService {
    static final String ENTITY = "victim_protection";
    private final ServiceContext ctx;
    private final AuditService audit;
    private final Access access;
    private final Clock clock;

    public ProtectionService(ServiceContext ctx, AuditService audit) {
        this(ctx, audit, ctx.clock());
    }

    private ProtectionService(ServiceContext ctx, AuditService audit, Clock clock) {
        this.ctx = ctx;
        this.audit = audit;
        this.access = audit.access();
        this.clock = clock;
    }

    /**
     * The same service judging dates as on {@code day} (entries then may be dated up to that day
     * and follow-ups from it): for the demo data set, which records histories that happened
     * before today. Writes are still stamped and audited at the real time.
     */
    public ProtectionService asOf(LocalDate day) {
        access.require(Permission.CASE_WRITE);
        return new ProtectionService(ctx, audit, Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    }

    /** Today, by the services' clock: the day overdue follow-ups and future dates are judged on. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The victim's protection: header, status, follow-up, guardian and the history, oldest first. */
    public VictimProtection get(UUID linkId) {
        access.require(Permission.CASE_READ);
        return ProtectionReads.read(ctx.dsl(), ctx, linkId, today());
    }

    /**
     * Appends a status entry: {@code status} on {@code date} with a note, and the follow-up date
     * set with it (which replaces the victim's follow-up; null clears it). Refused unless the
     * move from the current status is allowed, the date is not in the future, not before the
     * rescue (or the identification) nor the latest entry, and the follow-up is neither in the
     * past nor before the entry.
     */
    public VictimProtection addEntry(UUID linkId, int expectedVersion, ProtectionStatus status, LocalDate date,
                                     String note, LocalDate followUpOn) {
        access.require(Permission.CASE_WRITE);
        String text = clean(note);
        Checks fields = ProtectionRules.entry(status, date, text, followUpOn, today());
        if (!fields.ok(ProtectionRules.FOLLOW_UP) || !fields.ok(ProtectionRules.NOTE)) {
            withHistory(fields, linkId, status, date, false); // every problem at once
        }
        fields.throwIfAny();
        return write(linkId, expectedVersion, "PROTECTION_ENTRY", (tx, v, header) -> {
            Checks c = new Checks();
            ProtectionRules.history(c, v, v.effective(), status, date);
            c.throwIfAny();
            int seq = append(tx, linkId, status, date, text, followUpOn, null, null);
            header.setStatus(status.name());
            header.setStatusOn(date);
            header.setFollowUpOn(followUpOn);
            header.setFollowUpNote(null);
            return "entry " + seq + ": " + status.name() + " on " + date
                    + (followUpOn == null ? "" : ", follow-up " + followUpOn);
        });
    }

    /**
     * Corrects the latest entry that counts ({@code entryId}): appends an entry with the right
     * status and date that replaces it; the corrected entry stays in the history, marked. The
     * move is checked from the status before the corrected entry. A reason is required.
     */
    public VictimProtection correct(UUID linkId, int expectedVersion, UUID entryId, ProtectionStatus newStatus,
                                    LocalDate newDate, String note, String reason) {
        access.require(Permission.CASE_WRITE);
        String text = clean(note);
        String why = clean(reason);
        Checks fields = ProtectionRules.entry(newStatus, newDate, text, null, today());
        if (why == null) {
            fields.add(ProtectionRules.REASON, "validation.required");
        } else {
            fields.optionalText(ProtectionRules.REASON, why, org.vigia.model.Limits.PROTECTION_NOTE);
        }
        if (!fields.ok(ProtectionRules.REASON) || !fields.ok(ProtectionRules.NOTE)) {
            withHistory(fields, linkId, newStatus, newDate, true);
        }
        fields.throwIfAny();
        return write(linkId, expectedVersion, "PROTECTION_CORRECT", (tx, v, header) -> {
            ProtectionEntry latest = v.latest();
            if (latest == null || !latest.id().equals(entryId)) {
                throw new VigiaException("protection.error.notLatest");
            }
            List<ProtectionEntry> before = new ArrayList<>(v.effective());
            before.remove(before.size() - 1);
            Checks c = new Checks();
            ProtectionRules.history(c, v, before, newStatus, newDate);
            c.throwIfAny();
            int seq = append(tx, linkId, newStatus, newDate, text, null, entryId, why);
            header.setStatus(newStatus.name());
            header.setStatusOn(newDate);
            return "entry " + seq + " corrects entry " + latest.seqNo() + ": " + latest.status().name() + " on "
                    + latest.date() + " -> " + newStatus.name() + " on " + newDate;
        });
    }

    /** Sets the follow-up date and its note, or clears both ({@code date} null). */
    public VictimProtection setFollowUp(UUID linkId, int expectedVersion, LocalDate date, String note) {
        access.require(Permission.CASE_WRITE);
        String text = date == null ? null : clean(note);
        Checks c = ProtectionRules.followUp(new Checks(), date, today());
        c.optionalText(ProtectionRules.FOLLOW_UP_NOTE, text, org.vigia.model.Limits.FOLLOW_UP_NOTE);
        c.throwIfAny();
        return write(linkId, expectedVersion, "PROTECTION_FOLLOW_UP", (tx, v, header) -> {
            header.setFollowUpOn(date);
            header.setFollowUpNote(text);
            return date == null ? "follow-up cleared" : "follow-up " + date;
        });
    }

    /** Records the guardian or representative (all fields empty: none). */
    public VictimProtection setGuardian(UUID linkId, int expectedVersion, Guardian guardian) {
        access.require(Permission.CASE_WRITE);
        Guardian g = guardian == null ? Guardian.NONE
                : new Guardian(clean(guardian.name()), clean(guardian.relation()), clean(guardian.contact()));
        ProtectionRules.guardian(g).throwIfAny();
        return write(linkId, expectedVersion, "PROTECTION_GUARDIAN", (tx, v, header) -> {
            if (v.masked() && header.getGuardianName() != null) { // what is shown is the hidden form, not the guardian
                throw new VigiaException("identity.revealToEdit");
            }
            header.setGuardianName(g.name());
            header.setGuardianRelation(g.relation());
            header.setGuardianContact(g.contact());
            return g.present() ? "guardian set" : "guardian cleared";
        });
    }

    /**
     * Adds the history's objections to {@code fields} when the other fields are refused anyway
     * (so a form shows every problem at once); the write itself checks them again, locked.
     */
    private void withHistory(Checks fields, UUID linkId, ProtectionStatus status, LocalDate date, boolean correction) {
        if (status == null || !fields.ok(ProtectionRules.STATUS) || !fields.ok(ProtectionRules.DATE)) {
            return;
        }
        VictimProtection v;
        try {
            v = ProtectionReads.read(ctx.dsl(), ctx, linkId, today());
        } catch (VigiaException e) {
            return; // the write reports it
        }
        List<ProtectionEntry> before = new ArrayList<>(v.effective());
        if (correction) {
            if (before.isEmpty()) {
                return;
            }
            before.remove(before.size() - 1);
        }
        ProtectionRules.history(fields, v, before, status, date);
    }

    /** Whether the signed-in account may (screens hide what would be refused). */
    public boolean allows(Permission permission) {
        return access.allows(permission);
    }

    private interface Change {
        /** Applies the change to {@code header} (and appends entries); returns the audit summary. */
        String apply(DSLContext tx, VictimProtection before, VictimProtectionRecord header);
    }

    private VictimProtection write(UUID linkId, int expectedVersion, String action, Change change) {
        if (linkId == null) {
            throw new VigiaException("protection.error.unknownLink");
        }
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            // one writer per victim at a time, header or not
            tx.select(CASE_ROLE.ID).from(CASE_ROLE).where(CASE_ROLE.ID.eq(linkId)).forUpdate().fetch();
            VictimProtection v = ProtectionReads.read(tx, ctx, linkId, today());
            if (v.version() != expectedVersion) {
                throw new ConflictException(v.caseNumber());
            }
            VictimProtectionRecord header = tx.selectFrom(VICTIM_PROTECTION)
                    .where(VICTIM_PROTECTION.CASE_ROLE_ID.eq(linkId)).fetchOne();
            boolean created = header == null;
            if (created) {
                header = tx.newRecord(VICTIM_PROTECTION);
                RowStamps.created(header, Ids.next(), ctx);
                header.setCaseRoleId(linkId);
                header.setStatus(v.status().name());
                header.setStatusOn(v.statusOn());
            }
            String summary = change.apply(tx, v, header);
            if (created) {
                header.insert();
            } else {
                RowStamps.changed(header, expectedVersion, ctx);
                header.store();
            }
            audit.append(tx, action, ENTITY, linkId,
                    ENTITY + " of case_role " + linkId + ": " + summary);
            return ProtectionReads.read(tx, ctx, linkId, today());
        });
    }

    private int append(DSLContext tx, UUID linkId, ProtectionStatus status, LocalDate date, String note,
                       LocalDate followUp, UUID corrects, String reason) {
        var e = PROTECTION_ENTRY;
        Integer last = tx.select(DSL.max(e.SEQ_NO)).from(e).where(e.CASE_ROLE_ID.eq(linkId)).fetchOne(0, Integer.class);
        int seq = last == null ? 1 : last + 1;
        var r = tx.newRecord(e);
        RowStamps.created(r, Ids.next(), ctx);
        r.setCaseRoleId(linkId);
        r.setSeqNo(seq);
        r.setStatus(status.name());
        r.setEntryOn(date);
        r.setNote(note);
        r.setFollowUpOn(followUp);
        r.setCorrectsEntryId(corrects);
        r.setReason(reason);
        r.insert();
        return seq;
    }

    private static String clean(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return s.strip();
    }
}
