package org.vigia.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.db.schema.Tables.AUDIT_EVENT;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigia.db.schema.tables.records.AuditEventRecord;
import org.vigia.model.AuditEvent;
import org.vigia.model.AuditVerification;
import org.vigia.model.AuditVerification.Reason;
import org.vigia.model.CaseFile;
import org.vigia.model.CaseStatus;
import org.vigia.model.Operation;
import org.vigia.testing.CaseDraft;
import org.vigia.testing.OperationDraft;
import org.vigia.testing.TestServices;

class AuditServiceTest {
    private final TestServices t = TestServices.withOffice();

    @AfterEach
    void close() {
        t.close();
    }

    /** Three writes after the office setup and its administrator: five events in all. */
    private void fiveEvents() {
        CaseFile c = t.cases().create(CaseDraft.valid().build());
        CaseFile u = t.cases().update(CaseDraft.of(c).title("Changed").build());
        t.cases().close(c.id(), u.version(), CaseStatus.Closed);
        assertThat(t.audit().count()).isEqualTo(5);
        assertThat(t.audit().verify()).isEqualTo(AuditVerification.intact(5));
    }

    private AuditEventRecord row(long seq) {
        return t.dsl().selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.SEQ.eq(seq)).fetchSingle();
    }

    private void assertBrokenAt(long seq, Reason reason) {
        AuditVerification v = t.audit().verify();
        assertThat(v.ok()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(seq);
        assertThat(v.reason()).isEqualTo(reason);
    }

    @Test
    void theChainOfRealWritesIsIntact() {
        fiveEvents();

        assertThat(t.audit().page(0, 10)).extracting(AuditEvent::seq).containsExactly(5L, 4L, 3L, 2L, 1L);
        AuditEvent first = t.audit().page(4, 1).get(0);
        assertThat(first.prevHash()).isEqualTo(AuditService.GENESIS);
        assertThat(first.hash()).isEqualTo(AuditService.hash(first)).hasSize(64);
    }

    @Test
    void anEmptyChainIsIntact() {
        try (TestServices empty = TestServices.empty()) {
            assertThat(empty.audit().verifyChain()).isEqualTo(AuditVerification.intact(0));
        }
    }

    @Test
    void anEditedSummaryIsNamedAsAHashMismatch() {
        fiveEvents();

        t.dsl().update(AUDIT_EVENT).set(AUDIT_EVENT.SUMMARY, "nothing happened")
                .where(AUDIT_EVENT.SEQ.eq(3L)).execute();

        assertBrokenAt(3, Reason.HASH_MISMATCH);
    }

    @Test
    void aDeletedMiddleRowIsNamedByTheNextSequenceNumber() {
        fiveEvents();

        t.dsl().deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.SEQ.eq(3L)).execute();

        assertBrokenAt(4, Reason.SEQUENCE_GAP);
    }

    @Test
    void aForgedRowInsertedInTheMiddleBreaksTheLinkOfTheRowAfterIt() {
        fiveEvents();
        for (long seq = 5; seq >= 3; seq--) {
            t.dsl().update(AUDIT_EVENT).set(AUDIT_EVENT.SEQ, seq + 1).where(AUDIT_EVENT.SEQ.eq(seq)).execute();
        }
        AuditEvent forged = new AuditEvent(3, UUID.randomUUID(), row(2).getSiteId(), TestServices.NOW,
                "intruder", "CASE_DELETE", "case", UUID.randomUUID(), "case CO-BOG-2026-00099 deleted",
                row(2).getHash(), null);
        t.dsl().insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.SEQ, forged.seq()).set(AUDIT_EVENT.EVENT_ID, forged.eventId())
                .set(AUDIT_EVENT.SITE_ID, forged.siteId())
                .set(AUDIT_EVENT.OCCURRED_AT, forged.occurredAt().atOffset(ZoneOffset.UTC))
                .set(AUDIT_EVENT.USER_NAME, forged.user()).set(AUDIT_EVENT.ACTION, forged.action())
                .set(AUDIT_EVENT.ENTITY_TYPE, forged.entityType()).set(AUDIT_EVENT.ENTITY_ID, forged.entityId())
                .set(AUDIT_EVENT.SUMMARY, forged.summary()).set(AUDIT_EVENT.PREV_HASH, forged.prevHash())
                .set(AUDIT_EVENT.HASH, AuditService.hash(forged))
                .execute();

        // the forged row itself is consistent; the row after it no longer follows
        assertBrokenAt(4, Reason.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void twoSwappedRowsAreNamedByTheFirstOfThem() {
        fiveEvents();
        AuditEventRecord two = row(2);
        AuditEventRecord four = row(4);

        t.dsl().update(AUDIT_EVENT).set(AUDIT_EVENT.EVENT_ID, UUID.randomUUID()).where(AUDIT_EVENT.SEQ.eq(4L)).execute();
        copyContent(four, 2);
        copyContent(two, 4);

        assertThat(row(2).getSummary()).isEqualTo(four.getSummary());
        assertBrokenAt(2, Reason.PREVIOUS_HASH_MISMATCH);
    }

    private void copyContent(AuditEventRecord from, long toSeq) {
        t.dsl().update(AUDIT_EVENT)
                .set(AUDIT_EVENT.EVENT_ID, from.getEventId()).set(AUDIT_EVENT.SITE_ID, from.getSiteId())
                .set(AUDIT_EVENT.OCCURRED_AT, from.getOccurredAt()).set(AUDIT_EVENT.USER_NAME, from.getUserName())
                .set(AUDIT_EVENT.ACTION, from.getAction()).set(AUDIT_EVENT.ENTITY_TYPE, from.getEntityType())
                .set(AUDIT_EVENT.ENTITY_ID, from.getEntityId()).set(AUDIT_EVENT.SUMMARY, from.getSummary())
                .set(AUDIT_EVENT.PREV_HASH, from.getPrevHash()).set(AUDIT_EVENT.HASH, from.getHash())
                .where(AUDIT_EVENT.SEQ.eq(toSeq)).execute();
    }

    @Test
    void aBreakPastTheFirstBatchOfVerificationIsFound() {
        t.dsl().transaction(cfg -> {
            for (int i = 0; i < 5_100; i++) {
                t.audit().append(cfg.dsl(), "TEST", "test", null, "event " + i);
            }
        });
        assertThat(t.audit().verify()).isEqualTo(AuditVerification.intact(5_102));

        t.dsl().update(AUDIT_EVENT).set(AUDIT_EVENT.USER_NAME, "someone else")
                .where(AUDIT_EVENT.SEQ.eq(5_050L)).execute();

        assertBrokenAt(5_050, Reason.HASH_MISMATCH);
    }

    private static final AuditEvent SAMPLE = new AuditEvent(7, UUID.fromString("018f0000-0000-7000-8000-000000000001"),
            UUID.fromString("018f0000-0000-7000-8000-0000000000aa"), Instant.parse("2026-03-15T15:30:00.123Z"),
            "Ana Morales", "CASE_CREATE", "case", UUID.fromString("018f0000-0000-7000-8000-0000000000bb"),
            "case CO-BOG-2026-00001 created", AuditService.GENESIS, null);

    @Test
    void theHashIsSha256OverTheDocumentedCanonicalForm() throws Exception {
        String canonical = "1:7|36:018f0000-0000-7000-8000-000000000001|36:018f0000-0000-7000-8000-0000000000aa|"
                + "24:2026-03-15T15:30:00.123Z|11:Ana Morales|11:CASE_CREATE|4:case|"
                + "36:018f0000-0000-7000-8000-0000000000bb|30:case CO-BOG-2026-00001 created|64:" + AuditService.GENESIS + "|";
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8)));

        assertThat(AuditService.hash(SAMPLE)).isEqualTo(expected).isEqualTo(AuditService.hash(SAMPLE));
        // the stored hash itself is not part of what is hashed
        assertThat(AuditService.hash(withHash(SAMPLE, "f".repeat(64)))).isEqualTo(expected);
    }

    @Test
    void anyChangedFieldOrMovedBoundaryChangesTheHash() {
        String h = AuditService.hash(SAMPLE);
        AuditEvent s = SAMPLE;
        assertThat(AuditService.hash(new AuditEvent(8, s.eventId(), s.siteId(), s.occurredAt(), s.user(), s.action(),
                s.entityType(), s.entityId(), s.summary(), s.prevHash(), null))).isNotEqualTo(h);
        assertThat(AuditService.hash(new AuditEvent(s.seq(), s.eventId(), s.siteId(), s.occurredAt().plusMillis(1),
                s.user(), s.action(), s.entityType(), s.entityId(), s.summary(), s.prevHash(), null))).isNotEqualTo(h);
        assertThat(AuditService.hash(new AuditEvent(s.seq(), s.eventId(), s.siteId(), s.occurredAt(), s.user(), s.action(),
                s.entityType(), null, s.summary(), s.prevHash(), null))).isNotEqualTo(h);
        assertThat(AuditService.hash(new AuditEvent(s.seq(), s.eventId(), s.siteId(), s.occurredAt(), "Ana Morales|",
                "CASE_CREATE", s.entityType(), s.entityId(), s.summary(), s.prevHash(), null)))
                .isNotEqualTo(AuditService.hash(new AuditEvent(s.seq(), s.eventId(), s.siteId(), s.occurredAt(),
                        "Ana Morales", "|CASE_CREATE", s.entityType(), s.entityId(), s.summary(), s.prevHash(), null)));
    }

    private static AuditEvent withHash(AuditEvent e, String hash) {
        return new AuditEvent(e.seq(), e.eventId(), e.siteId(), e.occurredAt(), e.user(), e.action(),
                e.entityType(), e.entityId(), e.summary(), e.prevHash(), hash);
    }

    @Test
    void everyServiceWriteAppendsExactlyOneEvent() {
        record Step(String action, Runnable write) { }
        var op = new AtomicReference<Operation>();
        var c = new AtomicReference<CaseFile>();
        var steps = List.of(
                new Step("OPERATION_CREATE", () -> op.set(t.operations().save(OperationDraft.valid().build()))),
                new Step("OPERATION_UPDATE", () -> op.set(t.operations().save(OperationDraft.of(op.get()).name("Renamed").build()))),
                new Step("CASE_CREATE", () -> c.set(t.cases().create(CaseDraft.valid().build()))),
                new Step("CASE_UPDATE", () -> c.set(t.cases().update(CaseDraft.of(c.get()).title("Renamed").build()))),
                new Step("CASE_CLOSE", () -> c.set(t.cases().close(c.get().id(), c.get().version(), CaseStatus.Closed))),
                new Step("CASE_REOPEN", () -> c.set(t.cases().reopen(c.get().id(), c.get().version()))),
                new Step("CASE_DELETE", () -> t.cases().delete(c.get().id(), c.get().version())));
        assertThat(t.audit().page(0, 2)).extracting(AuditEvent::action).containsExactly("USER_ADD", "SITE_SETUP");
        for (Step step : steps) {
            long before = t.audit().count();
            step.write().run();
            assertThat(t.audit().count()).as(step.action()).isEqualTo(before + 1);
            assertThat(t.audit().page(0, 1).get(0).action()).isEqualTo(step.action());
        }
        assertThat(t.audit().verify()).isEqualTo(AuditVerification.intact(steps.size() + 2));
    }
}
