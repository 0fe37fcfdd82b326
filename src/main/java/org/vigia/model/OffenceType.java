package org.vigia.model;

/** Offence types a case can concern (several per case). Stored by name. */
public enum OffenceType {
    HumanTrafficking, MigrantSmuggling, DocumentFraud, SexualOffence, ForcedLabour, Other
}
