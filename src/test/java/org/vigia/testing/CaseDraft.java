package org.vigia.testing;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.vigia.model.CaseFile;
import org.vigia.model.CaseStatus;
import org.vigia.model.OffenceType;

/** A mutable builder of {@link CaseFile}: a valid new case unless a test changes a field. */
public final class CaseDraft {
    private UUID id;
    private int version;
    private String number;
    private String title = "Recruitment through fake job offers";
    private UUID operationId;
    private Set<OffenceType> offences = EnumSet.of(OffenceType.HumanTrafficking);
    private CaseStatus status = CaseStatus.Active;
    private String lead = "Insp. Ana Morales";
    private LocalDate openedOn = LocalDate.of(2026, 2, 1);
    private String country = "CO";
    private String locality = "Bogotá - Terminal Salitre";
    private String narrative = "Two women recruited online\nfor jobs abroad.";
    private String act = "recruitment";
    private String means = "deception";
    private String purpose = "sexual exploitation";

    public static CaseDraft valid() {
        return new CaseDraft();
    }

    /** A draft holding every field of a saved case, to edit and update it. */
    public static CaseDraft of(CaseFile c) {
        CaseDraft d = new CaseDraft();
        d.id = c.id();
        d.version = c.version();
        d.number = c.number();
        d.title = c.title();
        d.operationId = c.operationId();
        d.offences = c.offences().isEmpty() ? Set.of() : EnumSet.copyOf(c.offences());
        d.status = c.status();
        d.lead = c.leadInvestigator();
        d.openedOn = c.openedOn();
        d.country = c.country();
        d.locality = c.locality();
        d.narrative = c.narrative();
        d.act = c.act();
        d.means = c.means();
        d.purpose = c.purpose();
        return d;
    }

    public CaseDraft version(int v) { version = v; return this; }
    public CaseDraft number(String v) { number = v; return this; }
    public CaseDraft title(String v) { title = v; return this; }
    public CaseDraft operation(UUID v) { operationId = v; return this; }
    public CaseDraft offences(OffenceType... v) {
        offences = v.length == 0 ? Set.of() : EnumSet.of(v[0], v);
        return this;
    }
    public CaseDraft status(CaseStatus v) { status = v; return this; }
    public CaseDraft lead(String v) { lead = v; return this; }
    public CaseDraft openedOn(LocalDate v) { openedOn = v; return this; }
    public CaseDraft country(String v) { country = v; return this; }
    public CaseDraft locality(String v) { locality = v; return this; }
    public CaseDraft narrative(String v) { narrative = v; return this; }
    public CaseDraft act(String v) { act = v; return this; }
    public CaseDraft means(String v) { means = v; return this; }
    public CaseDraft purpose(String v) { purpose = v; return this; }

    public CaseFile build() {
        return new CaseFile(id, version, number, title, operationId, offences, status, lead,
                openedOn, country, locality, narrative, act, means, purpose, null, null);
    }
}
