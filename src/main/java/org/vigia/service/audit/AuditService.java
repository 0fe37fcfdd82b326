package org.vigia.service.audit;

import static org.vigia.db.schema.Tables.AUDIT_EVENT;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.vigia.model.AuditEvent;
import org.vigia.model.AuditFilter;
import org.vigia.model.AuditVerification;
import org.vigia.service.Ids;
import org.vigia.service.ServiceContext;

/**
 * The append-only, hash-chained audit log. Each event stores the previous event's hash and its
 * own SHA-256 hash over a canonical form of its fields; {@link #verify()} walks the chain.
 */
public final class AuditService {
    public static final String GENESIS = "0".repeat(64);
    private static final int VERIFY_BATCH = 5_000;

    private final ServiceContext ctx;
    private final org.vigia.service.access.Access access;
    private final AuditQueries queries;

    public AuditService(ServiceContext ctx) {
        this.ctx = ctx;
        this.access = new org.vigia.service.access.Access(ctx, this);
        this.queries = new AuditQueries(ctx);
    }

    /** The permission checks of this database's services (they audit each refusal here). */
    public org.vigia.service.access.Access access() {
        return access;
    }

    /** Appends an event inside the caller's transaction ({@code tx}), after the write it records. */
    public AuditEvent append(DSLContext tx, String action, String entityType, UUID entityId,
                             String summary) {
        return append(tx, action, entityType, entityId, ctx.user(), summary);
    }

    /** Appends an event written by {@code user} (for the office's own setup, before it acts). */
    public AuditEvent append(DSLContext tx, String action, String entityType, UUID entityId,
                             String user, String summary) {
        return append(tx, ctx.now(), action, entityType, entityId, user, summary);
    }

    /**
     * Appends an event that happened at {@code at}: security events recorded while the database
     * was still locked (failed logins, lockouts) join the chain at the next sign-in.
     */
    public AuditEvent append(DSLContext tx, Instant at, String action, String entityType, UUID entityId,
                             String user, String summary) {
        Record last = tx.select(AUDIT_EVENT.SEQ, AUDIT_EVENT.HASH).from(AUDIT_EVENT)
                .orderBy(AUDIT_EVENT.SEQ.desc()).limit(1).fetchOne();
        long seq = last == null ? 1 : last.get(AUDIT_EVENT.SEQ) + 1;
        String prev = last == null ? GENESIS : last.get(AUDIT_EVENT.HASH);
        UUID siteId = ctx.isSetUp() ? ctx.siteId() : "site".equals(entityType) ? entityId : new UUID(0, 0);
        at = at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        String text = summary.length() > 2000 ? summary.substring(0, 2000) : summary;
        AuditEvent draft = new AuditEvent(seq, Ids.next(), siteId, at, user, action,
                entityType, entityId, text, prev, null);
        String hash = hash(draft);
        tx.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.SEQ, seq)
                .set(AUDIT_EVENT.EVENT_ID, draft.eventId())
                .set(AUDIT_EVENT.SITE_ID, siteId)
                .set(AUDIT_EVENT.OCCURRED_AT, at.atOffset(ZoneOffset.UTC))
                .set(AUDIT_EVENT.USER_NAME, draft.user())
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.ENTITY_TYPE, entityType)
                .set(AUDIT_EVENT.ENTITY_ID, entityId)
                .set(AUDIT_EVENT.SUMMARY, text)
                .set(AUDIT_EVENT.PREV_HASH, prev)
                .set(AUDIT_EVENT.HASH, hash)
                .execute();
        return new AuditEvent(seq, draft.eventId(), siteId, at, draft.user(), action, entityType,
                entityId, text, prev, hash);
    }

    /** Walks the whole chain in sequence order and names the first row that does not follow. */
    public AuditVerification verify() {
        access.require(org.vigia.model.Permission.AUDIT_VIEW);
        return verifyChain();
    }

    /** The same walk without a permission check: Vigia's own checks (e.g. after encrypting). */
    public AuditVerification verifyChain() {
        DSLContext dsl = ctx.dsl();
        long expectedSeq = 1;
        String prev = GENESIS;
        long count = 0;
        while (true) {
            List<AuditEvent> batch = dsl.selectFrom(AUDIT_EVENT)
                    .where(AUDIT_EVENT.SEQ.ge(expectedSeq))
                    .orderBy(AUDIT_EVENT.SEQ).limit(VERIFY_BATCH)
                    .fetch(AuditService::toModel);
            if (batch.isEmpty()) {
                return AuditVerification.intact(count);
            }
            for (AuditEvent e : batch) {
                count++;
                if (e.seq() != expectedSeq) {
                    return AuditVerification.broken(count, e.seq(), AuditVerification.Reason.SEQUENCE_GAP);
                }
                if (!e.prevHash().equals(prev)) {
                    return AuditVerification.broken(count, e.seq(), AuditVerification.Reason.PREVIOUS_HASH_MISMATCH);
                }
                if (!hash(e).equals(e.hash())) {
                    return AuditVerification.broken(count, e.seq(), AuditVerification.Reason.HASH_MISMATCH);
                }
                prev = e.hash();
                expectedSeq++;
            }
        }
    }

    public long count() {
        access.require(org.vigia.model.Permission.AUDIT_VIEW);
        return ctx.dsl().fetchCount(AUDIT_EVENT);
    }

    /** The newest events first, one page at a time. */
    public List<AuditEvent> page(int offset, int limit) {
        access.require(org.vigia.model.Permission.AUDIT_VIEW);
        return queries.page(AuditFilter.any(ZoneOffset.UTC), offset, limit);
    }

    /**
     * The events that pass {@code filter}, newest first: rows [offset, offset + limit), at most
     * {@value AuditQueries#MAX_PAGE} of them. Refuses a bad filter with a ValidationException.
     */
    public List<AuditEvent> page(AuditFilter filter, int offset, int limit) {
        access.require(org.vigia.model.Permission.AUDIT_VIEW);
        return queries.page(filter, offset, limit);
    }

    /** The number of events that pass {@code filter}. */
    public long count(AuditFilter filter) {
        access.require(org.vigia.model.Permission.AUDIT_VIEW);
        return queries.count(filter);
    }

    /** The distinct user names of the log, sorted (choices of the user filter). */
    public List<String> users() {
        access.require(org.vigia.model.Permission.AUDIT_VIEW);
        return queries.users();
    }

    /** The distinct action codes of the log, sorted (choices of the action filter). */
    public List<String> actions() {
        access.require(org.vigia.model.Permission.AUDIT_VIEW);
        return queries.actions();
    }

    static AuditEvent toModel(org.vigia.db.schema.tables.records.AuditEventRecord r) {
        return new AuditEvent(r.getSeq(), r.getEventId(), r.getSiteId(),
                r.getOccurredAt().toInstant(), r.getUserName(), r.getAction(), r.getEntityType(),
                r.getEntityId(), r.getSummary(), r.getPrevHash(), r.getHash());
    }

    /**
     * SHA-256 over a canonical form: every field as its length, a colon and its text, so no
     * choice of text can make two different events hash alike.
     */
    public static String hash(AuditEvent e) {
        StringBuilder sb = new StringBuilder();
        for (Object field : new Object[] {e.seq(), e.eventId(), e.siteId(), e.occurredAt(), e.user(),
                e.action(), e.entityType(), e.entityId(), e.summary(), e.prevHash()}) {
            String s = field == null ? "" : field.toString();
            sb.append(s.length()).append(':').append(s).append('|');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is required of every JDK", ex);
        }
    }
}
