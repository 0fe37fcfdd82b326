package org.vigia.service.protection;

import java.time.LocalDate;
import java.util.List;
import org.vigia.model.Guardian;
import org.vigia.model.Limits;
import org.vigia.model.MessageArg;
import org.vigia.model.ProtectionEntry;
import org.vigia.model.ProtectionStatus;
import org.vigia.model.VictimProtection;
import org.vigia.service.Checks;

/**
 * The rules of a protection entry: the fields alone ({@link #entry}), then against the history
 * ({@link #history}): the move from the status before, and dates in order after the rescue.
 */
final class ProtectionRules {
    static final String STATUS = "status";
    static final String DATE = "entryDate";
    static final String NOTE = "note";
    static final String FOLLOW_UP = "followUpOn";
    static final String FOLLOW_UP_NOTE = "followUpNote";
    static final String REASON = "reason";

    private ProtectionRules() {
    }

    /** The fields of an entry on their own; {@code today} by the services' clock. */
    static Checks entry(ProtectionStatus status, LocalDate date, String note, LocalDate followUp, LocalDate today) {
        Checks c = new Checks();
        if (status == null) {
            c.add(STATUS, "validation.required");
        }
        c.requiredDate(DATE, date);
        if (c.ok(DATE) && date.isAfter(today)) {
            c.add(DATE, "validation.future");
        }
        c.optionalText(NOTE, note, Limits.PROTECTION_NOTE);
        // today or later, so never before the entry (which is not after today)
        return followUp(c, followUp, today);
    }

    /** A follow-up date: none, or today or later. */
    static Checks followUp(Checks c, LocalDate followUp, LocalDate today) {
        if (followUp == null) {
            return c;
        }
        c.requiredDate(FOLLOW_UP, followUp);
        if (c.ok(FOLLOW_UP) && followUp.isBefore(today)) {
            c.add(FOLLOW_UP, "protection.error.followUpPast");
        }
        return c;
    }

    /** A guardian: all empty (none), or a name with optional relationship and contact. */
    static Checks guardian(Guardian g) {
        Checks c = new Checks();
        boolean any = g != null && (notBlank(g.name()) || notBlank(g.relation()) || notBlank(g.contact()));
        if (!any) {
            return c;
        }
        c.requiredLine("guardianName", g.name(), Limits.GUARDIAN_NAME);
        c.optionalLine("guardianRelation", g.relation(), Limits.GUARDIAN_RELATION);
        c.optionalLine("guardianContact", g.contact(), Limits.GUARDIAN_CONTACT);
        return c;
    }

    /**
     * The entry {@code status} on {@code date} after the effective entries {@code before} (oldest
     * first; the corrected entry left out for a correction) of victim {@code v}: a move allowed
     * from the last of them (a first entry starts the history), a date not before the rescue (or
     * the identification when there was none) and not before that last entry.
     */
    static void history(Checks c, VictimProtection v, List<ProtectionEntry> before, ProtectionStatus status,
                        LocalDate date) {
        ProtectionEntry last = before.isEmpty() ? null : before.get(before.size() - 1);
        if (last == null && !status.canStart()) {
            c.add(STATUS, "protection.error.start", label(status));
        } else if (last != null && !last.status().canMoveTo(status)) {
            c.add(STATUS, "protection.error.transition", label(last.status()), label(status));
        }
        if (!c.ok(DATE)) {
            return;
        }
        LocalDate rescue = before.stream().filter(e -> e.status() == ProtectionStatus.RESCUED)
                .map(ProtectionEntry::date).findFirst().orElse(null);
        if (rescue != null && date.isBefore(rescue)) {
            c.add(DATE, "protection.error.beforeRescue", rescue);
        } else if (rescue == null && v.identifiedOn() != null && date.isBefore(v.identifiedOn())) {
            c.add(DATE, "protection.error.beforeIdentification", v.identifiedOn());
        } else if (last != null && date.isBefore(last.date())) {
            c.add(DATE, "protection.error.beforeLast", last.date());
        }
    }

    static MessageArg label(ProtectionStatus s) {
        return MessageArg.of(s.labelKey());
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
