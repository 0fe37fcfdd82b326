package org.vigia.service.cases;

import static org.vigia.db.schema.Tables.CASE_OFFENCE;
import static org.vigia.db.schema.Tables.CASE_WORD;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.vigia.db.schema.tables.records.CaseFileRecord;
import org.vigia.model.OffenceType;
import org.vigia.service.SearchWords;

/**
 * Keeps a case's search words and offence rows in step with the case, in the same transaction:
 * each row carries the case's status, operation, number key and date opened (and a word row its
 * offence mask), so every write of a case (create, edit, close, reopen) rewrites them all, and
 * moves the case between the rows of case_word_count its words are counted under.
 */
final class CaseSearchIndex {
    private CaseSearchIndex() {
    }

    /** Rewrites the search rows of a case from its saved record. */
    static void write(DSLContext tx, CaseFileRecord c) {
        UUID caseId = c.getId();
        Set<CaseWordCounts.Key> before = CaseWordCounts.counted(tx, caseId);
        deleteRows(tx, caseId);
        Set<String> words = SearchWords.index(c.getCaseNumber(), c.getTitle(), c.getLocality());
        Set<OffenceType> offences = CaseRecords.offences(c.getOffences());
        int mask = OffenceType.mask(offences);
        Set<CaseWordCounts.Key> after = new HashSet<>();
        UUID operationKey = CaseCounts.operationKey(c.getOperationId());
        words.forEach(w -> after.add(new CaseWordCounts.Key(w, c.getStatus(), operationKey, mask)));
        CaseWordCounts.change(tx, before, after);
        if (!words.isEmpty()) {
            var insert = tx.insertInto(CASE_WORD, CASE_WORD.WORD, CASE_WORD.CASE_ID, CASE_WORD.STATUS,
                    CASE_WORD.OPERATION_ID, CASE_WORD.OFFENCE_MASK, CASE_WORD.CASE_NUMBER_NORM,
                    CASE_WORD.OPENED_ON);
            words.forEach(w -> insert.values(w, caseId, c.getStatus(), c.getOperationId(), mask,
                    c.getCaseNumberNorm(), c.getOpenedOn()));
            insert.execute();
        }
        if (!offences.isEmpty()) {
            var insert = tx.insertInto(CASE_OFFENCE, CASE_OFFENCE.OFFENCE, CASE_OFFENCE.CASE_ID,
                    CASE_OFFENCE.STATUS, CASE_OFFENCE.OPERATION_ID, CASE_OFFENCE.CASE_NUMBER_NORM,
                    CASE_OFFENCE.OPENED_ON);
            offences.forEach(o -> insert.values(o.name(), caseId, c.getStatus(), c.getOperationId(),
                    c.getCaseNumberNorm(), c.getOpenedOn()));
            insert.execute();
        }
    }

    /** A deleted case can no longer be found, nor is it counted. */
    static void clear(DSLContext tx, UUID caseId) {
        CaseWordCounts.change(tx, CaseWordCounts.counted(tx, caseId), Set.of());
        deleteRows(tx, caseId);
    }

    private static void deleteRows(DSLContext tx, UUID caseId) {
        tx.deleteFrom(CASE_WORD).where(CASE_WORD.CASE_ID.eq(caseId)).execute();
        tx.deleteFrom(CASE_OFFENCE).where(CASE_OFFENCE.CASE_ID.eq(caseId)).execute();
    }
}
