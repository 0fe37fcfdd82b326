package org.vigia.service.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.db.schema.Tables.PROTECTION_ENTRY;
import static org.vigia.db.schema.Tables.VICTIM_PROTECTION;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigia.model.ProtectionCounts;
import org.vigia.model.ProtectionQuery;
import org.vigia.model.ProtectionRow;
import org.vigia.model.ProtectionStatus;
import org.vigia.testing.DbSnapshot;
import org.vigia.testing.TestServices;

/** The demo victims' protection histories: varied, valid by the service's own rules, and written once. */
class DemoProtectionTest {
    private static TestServices t;

    @BeforeAll
    static void load() {
        t = TestServices.withOffice();
        t.app().demo().load((done, total) -> { });
    }

    @AfterAll
    static void close() {
        t.close();
    }

    @Test
    void everyStatusSomeOverdueSomeMinorsWithAndWithoutAGuardianSomeCorrections() {
        ProtectionCounts counts = t.app().protectionBoard().counts(ProtectionQuery.ALL);
        for (ProtectionStatus s : ProtectionStatus.values()) {
            assertThat(counts.of(s).total()).as(s.name()).isPositive();
        }
        var rows = t.app().protectionBoard().page(ProtectionQuery.ALL, 0, 1_000);
        assertThat(rows).hasSize((int) counts.all().total());
        assertThat(rows).filteredOn(ProtectionRow::overdue).isNotEmpty();
        assertThat(rows).filteredOn(r -> !r.overdue() && r.followUpOn() != null).isNotEmpty();
        assertThat(rows).filteredOn(r -> r.priority() && r.guardianMissing()).isNotEmpty();
        assertThat(rows).filteredOn(r -> r.priority() && !r.guardianMissing()).isNotEmpty();
        assertThat(t.dsl().fetchCount(PROTECTION_ENTRY, PROTECTION_ENTRY.CORRECTS_ENTRY_ID.isNotNull())).isPositive();
        assertThat(t.dsl().fetchCount(VICTIM_PROTECTION)).as("some victims have nothing recorded").isLessThan(rows.size());
    }

    @Test
    void aSecondRunAddsNothing() {
        DbSnapshot before = t.snapshot();
        DemoService.Result again = t.app().demo().load((done, total) -> { });
        assertThat(again.casesCreated()).isZero();
        assertThat(t.snapshot()).isEqualTo(before);
    }
}
