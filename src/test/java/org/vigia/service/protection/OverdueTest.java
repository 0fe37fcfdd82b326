package org.vigia.service.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigia.model.ProtectionQuery;
import org.vigia.model.ProtectionRow;
import org.vigia.model.ProtectionStatus;
import org.vigia.model.RoleLink;
import org.vigia.model.VictimProtection;
import org.vigia.testing.MutableClock;
import org.vigia.testing.TestServices;

/** Overdue means a follow-up date before today by the services' clock: moved by hand here. */
class OverdueTest {
    private final MutableClock clock = new MutableClock(TestServices.NOW);
    private final TestServices t = TestServices.withOffice(clock);
    private final ProtectionFixture f = new ProtectionFixture(t);

    @AfterEach
    void close() {
        t.close();
    }

    private boolean overdueInTheList(RoleLink link) {
        return f.board().page(ProtectionQuery.ALL, 0, 10).stream().filter(r -> r.linkId().equals(link.id()))
                .findFirst().map(ProtectionRow::overdue).orElseThrow();
    }

    @Test
    void overdueFromTheDayAfterTheFollowUpDate() {
        RoleLink link = f.adult();
        LocalDate due = TestServices.TODAY.plusDays(2);
        f.service().addEntry(link.id(), VictimProtection.NOT_RECORDED, ProtectionStatus.RESCUED,
                TestServices.TODAY, null, due);
        assertThat(f.get(link).overdue()).isFalse();
        clock.advance(Duration.ofDays(2));
        assertThat(f.service().today()).isEqualTo(due);
        assertThat(f.get(link).overdue()).as("due today").isFalse();
        assertThat(overdueInTheList(link)).isFalse();
        clock.advance(Duration.ofDays(1));
        assertThat(f.get(link).overdue()).isTrue();
        assertThat(overdueInTheList(link)).isTrue();
        // a new entry without a follow-up ends the wait
        VictimProtection v = f.get(link);
        v = f.service().addEntry(link.id(), v.version(), ProtectionStatus.INTERVIEWED, f.service().today(), null, null);
        assertThat(v.overdue()).isFalse();
        assertThat(overdueInTheList(link)).isFalse();
    }

    @Test
    void noFollowUpIsNeverOverdueAndAClearedOneStopsBeingOverdue() {
        RoleLink link = f.adult();
        assertThat(f.get(link).overdue()).isFalse();
        VictimProtection v = f.service().setFollowUp(link.id(), VictimProtection.NOT_RECORDED, TestServices.TODAY, null);
        clock.advance(Duration.ofDays(30));
        assertThat(f.get(link).overdue()).isTrue();
        f.service().setFollowUp(link.id(), v.version(), null, null);
        assertThat(f.get(link).overdue()).isFalse();
    }
}
