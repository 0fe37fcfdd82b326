package org.vigia.ui.checkpoints;

import java.time.Instant;
import java.time.ZoneId;
import org.vigia.l10n.Messages;
import org.vigia.model.BorderCheck;
import org.vigia.model.CheckTally;

/** How a control's checks and tallies read in its tables: one line each, localized. */
public final class CheckText {
    private final Messages m;
    private final ZoneId zone;
    private final Instant shiftStart;

    CheckText(Messages m, ZoneId zone, Instant shiftStart) {
        this.m = m;
        this.zone = zone;
        this.shiftStart = shiftStart;
    }

    /** A tally as one line: "850 persons screened, 0 documents checked, 0 hits". */
    public String tallyText(CheckTally t) {
        String line = m.get("checkpoint.tallies.line", t.personsScreened(), t.documentsChecked(), t.hits());
        return t.note() == null ? line : line + " \u2014 " + t.note();
    }

    public String personText(BorderCheck c) {
        if (!c.hasPerson()) {
            return "";
        }
        String name = String.join(", ", java.util.stream.Stream.of(c.familyNames(), c.givenNames())
                .filter(s -> s != null && !s.isBlank()).toList());
        if (c.birthDate() != null) {
            name += " (" + m.date(c.birthDate()) + ")";
        }
        if (Boolean.TRUE.equals(c.minor())) {
            name += " \u00b7 " + m.get("checkpoint.checks.minor");
        }
        return c.nationality() == null ? name : name + " \u00b7 " + c.nationality();
    }

    public String documentText(BorderCheck c) {
        if (!c.hasDocument()) {
            return "";
        }
        return c.docNumber() + " \u00b7 " + (c.docType() == null ? "" : m.label("doctype", c.docType())) + " \u00b7 "
                + (c.docCountry() == null ? "" : c.docCountry());
    }

    /** The time of a check: "08:30", with the date when the shift runs past midnight ("26 Nov 02:10"). */
    public String timeText(BorderCheck c) {
        var at = c.checkedAt().atZone(zone);
        var start = shiftStart.atZone(zone);
        String time = java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(at);
        if (at.toLocalDate().equals(start.toLocalDate())) {
            return time;
        }
        return java.time.format.DateTimeFormatter.ofPattern("d MMM", m.locale()).format(at) + " " + time;
    }
}
