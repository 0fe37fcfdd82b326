package org.vigia.ui.evidence;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.vigia.l10n.Messages;
import org.vigia.model.CustodyTransfer;
import org.vigia.model.EvidenceFile;
import org.vigia.model.FileIntegrity;
import org.vigia.model.Seizure;

/** How a seizure, a hand-over and an evidence file read in the lists, in the user's language. */
public final class SeizureText {
    private final Messages m;

    public SeizureText(Messages m) {
        this.m = m;
    }

    public String type(Seizure s) {
        return s.type() == null ? "" : m.get("seizure.type." + s.type().name());
    }

    /** "3", "USD 2,700.50" or both. */
    public String quantity(Seizure s) {
        List<String> parts = new ArrayList<>();
        if (s.quantity() != null) {
            parts.add(m.get("seizure.items", s.quantity()));
        }
        if (s.amount() != null) {
            NumberFormat f = NumberFormat.getNumberInstance(m.locale());
            f.setMinimumFractionDigits(2);
            f.setMaximumFractionDigits(2);
            parts.add(s.currency() + " " + f.format(s.amount()));
        }
        return String.join(" \u00b7 ", parts);
    }

    public String place(Seizure s) {
        String country = m.country(s.country());
        return s.locality() == null ? country : s.locality() + ", " + country;
    }

    /** The files of a seizure and the worst state known: none, not checked, matches, altered. */
    public String files(Seizure s, Map<UUID, FileIntegrity> states) {
        if (s.files().isEmpty()) {
            return m.get("evidence.none");
        }
        return m.get("evidence.count", s.files().size(), state(worst(s.files(), states)));
    }

    static FileIntegrity worst(List<EvidenceFile> files, Map<UUID, FileIntegrity> states) {
        FileIntegrity worst = FileIntegrity.MATCHES;
        for (EvidenceFile f : files) {
            FileIntegrity st = states.getOrDefault(f.id(), FileIntegrity.UNCHECKED);
            if (st == FileIntegrity.ALTERED) {
                return st;
            }
            if (st == FileIntegrity.UNCHECKED) {
                worst = st;
            }
        }
        return worst;
    }

    /** "Matches", "Altered", "Not checked". */
    public String state(FileIntegrity state) {
        return m.get("evidence.state." + state.name());
    }

    public String transfer(CustodyTransfer c) {
        return c.purpose() == null ? m.get("custody.line", c.sequence(), m.date(c.transferredOn()), c.holder())
                : m.get("custody.lineWithPurpose", c.sequence(), m.date(c.transferredOn()), c.holder(), c.purpose());
    }

    public String file(EvidenceFile f, FileIntegrity state) {
        return m.get("evidence.line", f.fileName(), size(f.size()), state(state));
    }

    public String size(long bytes) {
        if (bytes < 1024) {
            return m.get("evidence.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return m.get("evidence.kb", bytes / 1024.0);
        }
        return m.get("evidence.mb", bytes / (1024.0 * 1024.0));
    }
}
