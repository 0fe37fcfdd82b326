package org.vigia.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Filters of the audit log. {@code user} matches exactly but ignoring case; {@code from} and
 * {@code to} are inclusive days in {@code zone}. A null filter (or blank text) means "any".
 */
public record AuditFilter(String user, String action, LocalDate from, LocalDate to, ZoneId zone) {
    public AuditFilter {
        user = user == null || user.isBlank() ? null : user.strip();
        action = action == null || action.isBlank() ? null : action.strip();
        zone = zone == null ? ZoneOffset.UTC : zone;
    }

    /** Every event; days are read in {@code zone}. */
    public static AuditFilter any(ZoneId zone) {
        return new AuditFilter(null, null, null, null, zone);
    }

    public boolean isAny() {
        return user == null && action == null && from == null && to == null;
    }
}
