package org.vigia.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Something seized in a case: its type, a number of items and/or an amount of money with its
 * ISO 4217 currency, when, where and from whom (a person, optional). A saved seizure also carries
 * its custody log (in order) and the metadata of its evidence files; both are ignored on save.
 */
public record Seizure(UUID id, int version, UUID caseId, SeizureType type, Integer quantity, BigDecimal amount,
                      String currency, String description, LocalDate seizedOn, String country, String locality,
                      UUID seizedFromPersonId, List<CustodyTransfer> custody, List<EvidenceFile> files) {
    public Seizure {
        custody = custody == null ? List.of() : List.copyOf(custody);
        files = files == null ? List.of() : List.copyOf(files);
    }

    public boolean isNew() {
        return id == null;
    }

    /** The holder of the last hand-over, or null when nobody was recorded. */
    public String currentHolder() {
        return custody.isEmpty() ? null : custody.get(custody.size() - 1).holder();
    }
}
