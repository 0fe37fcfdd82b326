package org.vigia.model;

/**
 * Result of walking the audit chain. When broken, {@code firstBrokenSeq} is the sequence number
 * of the first row that does not follow from the rows before it and {@code reason} says why.
 */
public record AuditVerification(boolean ok, long eventCount, Long firstBrokenSeq, Reason reason) {
    public enum Reason { HASH_MISMATCH, PREVIOUS_HASH_MISMATCH, SEQUENCE_GAP }

    public static AuditVerification intact(long count) {
        return new AuditVerification(true, count, null, null);
    }

    public static AuditVerification broken(long count, long seq, Reason reason) {
        return new AuditVerification(false, count, seq, reason);
    }
}
