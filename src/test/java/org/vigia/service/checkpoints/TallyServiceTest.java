package org.vigia.service.checkpoints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigia.l10n.Messages;
import org.vigia.model.CheckTally;
import org.vigia.model.ConflictException;
import org.vigia.model.ValidationException;
import org.vigia.model.VigiaException;
import org.vigia.testing.Refusals;
import org.vigia.testing.TestServices;

class TallyServiceTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);
    private static final Messages ES = new Messages(Locale.forLanguageTag("es"));
    private final TestServices t = TestServices.withOffice();
    private final CheckpointFixture f = new CheckpointFixture(t);

    @AfterEach
    void close() {
        t.close();
    }

    private CheckTally tally(int persons, int documents, int hits) {
        return new CheckTally(null, 0, f.control.id(), persons, documents, hits, " Evening ferry ", null);
    }

    @Test
    void talliesAreStoredAsTalliesAndNeverAsChecks() {
        f.checks.record(f.check());
        CheckTally saved = f.tallies.add(tally(850, 0, 0));
        assertThat(saved.note()).isEqualTo("Evening ferry");
        assertThat(saved.recordedAt()).isNotNull();
        assertThat(f.tallies.list(f.control.id())).containsExactly(saved);
        assertThat(f.checks.count(f.control.id())).as("checks are only the counted ones").isEqualTo(1);
        assertThat(t.snapshot().rows("BORDER_CHECK")).isEqualTo(1);
        assertThat(t.snapshot().rows("CHECK_TALLY")).isEqualTo(1);
    }

    @Test
    void badCountsAreRefusedWithLocalizedMessagesAndChangeNothing() {
        ValidationException empty = Refusals.validation(t, () -> f.tallies.add(tally(0, 0, 0)));
        assertThat(Refusals.onlyErrorKey(empty, "personsScreened")).isEqualTo("checkpoint.error.tallyEmpty");
        assertThat(ES.fieldError(empty.errors().get(0))).isEqualTo("cuente al menos una persona o un documento");
        ValidationException hits = Refusals.validation(t, () -> f.tallies.add(tally(5, 1, 7)));
        assertThat(Refusals.onlyErrorKey(hits, "hits")).isEqualTo("checkpoint.error.tallyHits");
        assertThat(EN.fieldError(hits.errors().get(0))).isEqualTo("cannot be more than the persons and documents counted");
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> f.tallies.add(tally(-1, 5, 0))),
                "personsScreened")).isEqualTo("validation.range");
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> f.tallies.add(tally(10_000_001, 5, 0))),
                "personsScreened")).isEqualTo("validation.range");
        Refusals.refused(t, () -> f.tallies.add(new CheckTally(null, 0, UUID.randomUUID(), 3, 0, 0, null, null)),
                VigiaException.class);
        CheckTally longNote = new CheckTally(null, 0, f.control.id(), 3, 0, 0, "x".repeat(2001), null);
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> f.tallies.add(longNote)), "note"))
                .isEqualTo("validation.tooLong");
    }

    @Test
    void updatesAreVersionedAndRemovalIsATombstone() {
        CheckTally saved = f.tallies.add(tally(10, 10, 1));
        CheckTally changed = f.tallies.update(new CheckTally(saved.id(), 0, saved.controlId(), 12, 10, 1, null, null));
        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.personsScreened()).isEqualTo(12);
        Refusals.refused(t, () -> f.tallies.update(saved), ConflictException.class);
        f.tallies.remove(saved.id(), 1);
        assertThat(f.tallies.list(f.control.id())).isEmpty();
        assertThat(t.snapshot().rows("CHECK_TALLY")).isEqualTo(1);
    }
}
