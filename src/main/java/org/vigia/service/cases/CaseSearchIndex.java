package org.vigia.service.cases;

import static org.vigia.db.schema.Tables.CASE_OFFENCE;
import static org.vigia.db.schema.Tables.CASE_WORD;

import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep2;
import org.vigia.db.schema.tables.records.CaseOffenceRecord;
import org.vigia.db.schema.tables.records.CaseWordRecord;
import org.vigia.model.OffenceType;
import org.vigia.service.SearchWords;

/** Keeps a case's search words and offence rows in step with the case, in the same transaction. */
final class CaseSearchIndex {
    private CaseSearchIndex() {
    }

    static void write(DSLContext tx, UUID caseId, String number, String title, String locality,
                      Set<OffenceType> offences) {
        clear(tx, caseId);
        Set<String> words = SearchWords.index(number, title, locality);
        if (!words.isEmpty()) {
            InsertValuesStep2<CaseWordRecord, String, UUID> insert =
                    tx.insertInto(CASE_WORD, CASE_WORD.WORD, CASE_WORD.CASE_ID);
            words.forEach(w -> insert.values(w, caseId));
            insert.execute();
        }
        if (!offences.isEmpty()) {
            InsertValuesStep2<CaseOffenceRecord, String, UUID> insert =
                    tx.insertInto(CASE_OFFENCE, CASE_OFFENCE.OFFENCE, CASE_OFFENCE.CASE_ID);
            offences.forEach(o -> insert.values(o.name(), caseId));
            insert.execute();
        }
    }

    /** A deleted case can no longer be found. */
    static void clear(DSLContext tx, UUID caseId) {
        tx.deleteFrom(CASE_WORD).where(CASE_WORD.CASE_ID.eq(caseId)).execute();
        tx.deleteFrom(CASE_OFFENCE).where(CASE_OFFENCE.CASE_ID.eq(caseId)).execute();
    }
}
