package org.vigia.service.evidence;

import java.util.List;
import java.util.Locale;
import org.vigia.db.schema.tables.records.CustodyTransferRecord;
import org.vigia.db.schema.tables.records.SeizureRecord;
import org.vigia.model.CustodyTransfer;
import org.vigia.model.EvidenceFile;
import org.vigia.model.Seizure;
import org.vigia.model.SeizureType;

/** Between the seizure model and its rows; trimming and code case in one place. */
final class SeizureRecords {
    private SeizureRecords() {
    }

    static Seizure normalise(Seizure s) {
        return new Seizure(s.id(), s.version(), s.caseId(), s.type(), s.quantity(), s.amount(), upper(s.currency()),
                blankToNull(s.description()), s.seizedOn(), upper(s.country()), blankToNull(s.locality()),
                s.seizedFromPersonId(), s.custody(), s.files());
    }

    static void fill(SeizureRecord r, Seizure s) {
        r.setSeizureType(s.type().name());
        r.setQuantity(s.quantity());
        r.setAmount(s.amount() == null ? null : s.amount().setScale(2));
        r.setCurrency(s.currency());
        r.setDescription(s.description());
        r.setSeizedOn(s.seizedOn());
        r.setCountry(s.country());
        r.setLocality(s.locality());
        r.setSeizedFromPersonId(s.seizedFromPersonId());
    }

    static Seizure toModel(SeizureRecord r, List<CustodyTransfer> custody, List<EvidenceFile> files) {
        return new Seizure(r.getId(), r.getVersion(), r.getCaseId(), SeizureType.valueOf(r.getSeizureType()),
                r.getQuantity(), r.getAmount(), r.getCurrency(), r.getDescription(), r.getSeizedOn(), r.getCountry(),
                r.getLocality(), r.getSeizedFromPersonId(), custody, files);
    }

    static CustodyTransfer transfer(CustodyTransferRecord r) {
        return new CustodyTransfer(r.getId(), r.getSeq(), r.getHolder(), r.getTransferredOn(), r.getPurpose());
    }

    static String strip(String s) {
        return s == null ? null : s.strip();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
    }
}
