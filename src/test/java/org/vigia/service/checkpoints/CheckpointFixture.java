package org.vigia.service.checkpoints;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.vigia.model.BorderCheck;
import org.vigia.model.CheckAction;
import org.vigia.model.CheckConveyance;
import org.vigia.model.CheckDirection;
import org.vigia.model.CheckResult;
import org.vigia.model.CheckpointControl;
import org.vigia.model.DocumentType;
import org.vigia.model.Gender;
import org.vigia.model.Operation;
import org.vigia.model.TransitPoint;
import org.vigia.model.TransitPointType;
import org.vigia.model.TravelPurpose;
import org.vigia.testing.FixedWatchMatcher;
import org.vigia.testing.OperationDraft;
import org.vigia.testing.TestServices;

/** An operation, a river post and a day shift on it (06:00 to 18:00 UTC, 2026-03-15), with a fixed watch matcher. */
final class CheckpointFixture {
    static final Instant START = Instant.parse("2026-03-15T06:00:00Z");
    static final Instant END = Instant.parse("2026-03-15T18:00:00Z");

    final TestServices t;
    final FixedWatchMatcher matcher = new FixedWatchMatcher();
    final TransitPointService points;
    final ControlService controls;
    final CheckService checks;
    final TallyService tallies;
    final Operation operation;
    final TransitPoint point;
    final CheckpointControl control;

    CheckpointFixture(TestServices t) {
        this.t = t;
        var ctx = t.app().context();
        points = new TransitPointService(ctx, t.audit());
        controls = new ControlService(ctx, t.audit());
        checks = new CheckService(ctx, t.audit(), matcher);
        tallies = new TallyService(ctx, t.audit());
        operation = t.operations().save(OperationDraft.valid().build());
        point = points.add(point(TransitPointType.RIVER, "Puerto Leguízamo river post", "CO"));
        control = controls.add(control(START, END));
    }

    static TransitPoint point(TransitPointType type, String name, String country) {
        return new TransitPoint(null, 0, type, name, country, "Putumayo", new BigDecimal("-0.193"),
                new BigDecimal("-74.78"));
    }

    CheckpointControl control(Instant start, Instant end) {
        return new CheckpointControl(null, 0, operation.id(), point.id(), start, end, "Sgt. Rojas, Cpl. Díaz", "Day shift");
    }

    /** A full check at 08:30: a person with a passport, travelling by boat. */
    BorderCheck check() {
        return check(Instant.parse("2026-03-15T08:30:00Z"), "Pérez Gómez", "ZX998877");
    }

    BorderCheck check(Instant at, String family, String doc) {
        return new BorderCheck(null, 0, control.id(), at, null, "Luis", family, LocalDate.of(1990, 5, 1),
                Gender.Masculine, "PE", null, doc, doc == null ? null : DocumentType.Passport, doc == null ? null : "PE",
                CheckDirection.ENTRY, TravelPurpose.WORK, CheckConveyance.VESSEL, "Lancha Amazonas II", "9074729", "CO",
                null, CheckAction.NONE, null);
    }

    static BorderCheck with(BorderCheck c, String field, Object v) {
        return new BorderCheck(c.id(), c.version(), field.equals("controlId") ? (UUID) v : c.controlId(),
                field.equals("checkedAt") ? (Instant) v : c.checkedAt(), c.externalRef(),
                field.equals("givenNames") ? (String) v : c.givenNames(),
                field.equals("familyNames") ? (String) v : c.familyNames(),
                field.equals("birthDate") ? (LocalDate) v : c.birthDate(), c.gender(),
                field.equals("nationality") ? (String) v : c.nationality(),
                field.equals("minor") ? (Boolean) v : c.minor(),
                field.equals("docNumber") ? (String) v : c.docNumber(),
                field.equals("docType") ? (DocumentType) v : c.docType(),
                field.equals("docCountry") ? (String) v : c.docCountry(), c.direction(), c.purpose(),
                field.equals("conveyance") ? (CheckConveyance) v : c.conveyance(), c.conveyanceRef(),
                field.equals("vesselImo") ? (String) v : c.vesselImo(),
                field.equals("vesselFlag") ? (String) v : c.vesselFlag(),
                field.equals("result") ? (CheckResult) v : c.result(), field.equals("action") ? (CheckAction) v : c.action(), c.notes());
    }
}
