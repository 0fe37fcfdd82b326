package org.vigia.service.checkpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.service.checkpoints.CheckpointFixture.END;
import static org.vigia.service.checkpoints.CheckpointFixture.START;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigia.l10n.Messages;
import org.vigia.model.CheckTally;
import org.vigia.model.CheckpointControl;
import org.vigia.model.ConflictException;
import org.vigia.model.ControlQuery;
import org.vigia.model.ControlSummary;
import org.vigia.model.ValidationException;
import org.vigia.testing.OperationDraft;
import org.vigia.testing.Refusals;
import org.vigia.testing.TestServices;

class ControlServiceTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);
    private static final Messages ES = new Messages(Locale.forLanguageTag("es"));
    private final TestServices t = TestServices.withOffice();
    private final CheckpointFixture f = new CheckpointFixture(t);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void aControlRoundTripsAndIsListedWithItsPointAndCounts() {
        assertThat(f.controls.get(f.control.id())).isEqualTo(f.control);
        f.checks.record(f.check());
        f.checks.record(f.check(Instant.parse("2026-03-15T09:00:00Z"), "Ortiz", null));
        f.tallies.add(new CheckTally(null, 0, f.control.id(), 850, 300, 2, "Morning boats", null));
        ControlSummary s = f.controls.list(ControlQuery.all(), 0, 10).get(0);
        assertThat(s.pointName()).isEqualTo("Puerto Leguízamo river post");
        assertThat(s.operationCode()).isEqualTo("TURQUESA-IV");
        assertThat(s.checks()).isEqualTo(2);
        assertThat(s.tallies()).isEqualTo(1);
        assertThat(s.tallyPersons()).isEqualTo(850);
        assertThat(s.tallyDocuments()).isEqualTo(300);
        assertThat(s.tallyHits()).isEqualTo(2);
        assertThat(f.controls.summary(f.control.id())).isEqualTo(s);
    }

    @Test
    void theListIsFilteredByPointOperationAndDaysNewestFirst() {
        var other = t.operations().save(OperationDraft.valid("ESMERALDA").build());
        CheckpointControl night = f.controls.add(f.control(Instant.parse("2026-03-16T18:00:00Z"),
                Instant.parse("2026-03-17T06:00:00Z")));
        CheckpointControl otherOp = f.controls.add(new CheckpointControl(null, 0, other.id(), f.point.id(),
                Instant.parse("2026-03-20T06:00:00Z"), Instant.parse("2026-03-20T10:00:00Z"), null, null));
        assertThat(f.controls.list(ControlQuery.all(), 0, 10)).extracting(s -> s.control().id())
                .containsExactly(otherOp.id(), night.id(), f.control.id());
        assertThat(f.controls.list(ControlQuery.all(), 1, 1)).extracting(s -> s.control().id()).containsExactly(night.id());
        assertThat(f.controls.count(new ControlQuery(null, other.id(), null, null))).isEqualTo(1);
        assertThat(f.controls.list(new ControlQuery(null, null, LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 17)), 0, 10))
                .extracting(s -> s.control().id()).containsExactly(night.id());
        assertThat(f.controls.count(new ControlQuery(null, null, null, LocalDate.of(2026, 3, 15)))).isEqualTo(1);
        assertThat(f.controls.count(ControlQuery.ofPoint(UUID.randomUUID()))).isZero();
    }

    @Test
    void aShiftThatEndsBeforeItStartsIsRefusedInEveryLanguage() {
        ValidationException e = Refusals.validation(t, () -> f.controls.add(f.control(END, START)));
        assertThat(Refusals.onlyErrorKey(e, "shiftEnd")).isEqualTo("checkpoint.error.shiftEndBeforeStart");
        assertThat(EN.error(e)).isEqualTo("Shift end: the shift must end after it starts");
        assertThat(ES.fieldError(e.errors().get(0))).isEqualTo("el turno debe terminar después de empezar");
        Refusals.validation(t, () -> f.controls.add(f.control(START, START)));
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> f.controls.add(f.control(START,
                START.plus(Duration.ofHours(72))))), "shiftEnd")).isEqualTo("checkpoint.error.shiftTooLong");
    }

    @Test
    void missingOrUnknownReferencesAndTooLongTextAreRefused() {
        ValidationException empty = Refusals.validation(t, () -> f.controls.add(
                new CheckpointControl(null, 0, null, null, null, null, null, null)));
        assertThat(Refusals.fields(empty)).containsExactly("operationId", "transitPointId", "shiftStart", "shiftEnd");
        ValidationException unknown = Refusals.validation(t, () -> f.controls.add(new CheckpointControl(null, 0,
                UUID.randomUUID(), UUID.randomUUID(), START, END, null, null)));
        assertThat(Refusals.fields(unknown)).containsExactly("operationId", "transitPointId");
        assertThat(EN.fieldError(unknown.errors().get(1))).isEqualTo("this transit point does not exist (or was removed)");
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> f.controls.add(new CheckpointControl(null, 0,
                f.operation.id(), f.point.id(), START, END, "x".repeat(1001), null))), "officers"))
                .isEqualTo("validation.tooLong");
    }

    @Test
    void aShiftCannotShrinkAwayFromItsChecksAndStaleChangesAreRefused() {
        f.checks.record(f.check(Instant.parse("2026-03-15T17:00:00Z"), "Ortiz", null));
        CheckpointControl shorter = new CheckpointControl(f.control.id(), 0, f.operation.id(), f.point.id(), START,
                Instant.parse("2026-03-15T12:00:00Z"), null, null);
        ValidationException e = Refusals.validation(t, () -> f.controls.update(shorter));
        assertThat(EN.fieldError(e.errors().get(0))).isEqualTo("1 check of this control would fall outside the shift");
        CheckpointControl longer = f.controls.update(new CheckpointControl(f.control.id(), 0, f.operation.id(),
                f.point.id(), START, Instant.parse("2026-03-15T20:00:00Z"), "Sgt. Rojas", null));
        assertThat(longer.version()).isEqualTo(1);
        assertThat(longer.notes()).isNull();
        Refusals.refused(t, () -> f.controls.update(shorter), ConflictException.class);
        Refusals.refused(t, () -> f.controls.remove(f.control.id(), 0), ConflictException.class);
        f.controls.remove(f.control.id(), 1);
        assertThat(f.controls.count(ControlQuery.all())).isZero();
    }
}
