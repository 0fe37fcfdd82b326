package org.vigia.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigia.model.CareSummary;
import org.vigia.service.care.CareFixture;
import org.vigia.testing.DbSnapshot;
import org.vigia.testing.TestServices;

class DemoCareTest {
    private final TestServices t = TestServices.withOffice();
    private final CareFixture f = new CareFixture(t);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void givesEachVictimPlausibleCareOnceAndSkipsOtherLinks() {
        UUID undated = f.victim(f.person("María", "Lozano"), null).id();
        UUID recent = f.victim(f.person("Rosa", "Mena"), TestServices.TODAY).id();
        UUID witness = f.witness(f.person("Luis", "Peña")).id();
        List<UUID> links = List.of(f.victimLink, undated, recent, witness, UUID.randomUUID());
        DemoCare demo = new DemoCare(t.app().context(), f.care);

        assertThat(demo.addTo(links)).isEqualTo(3);

        for (UUID link : List.of(f.victimLink, undated, recent)) {
            assertThat(f.care.referrals().list(link)).isNotEmpty().allSatisfy(r -> {
                assertThat(r.referredOn()).isBeforeOrEqualTo(TestServices.TODAY);
                assertThat(r.statusDate()).isBeforeOrEqualTo(TestServices.TODAY);
                assertThat(r.notes()).isEqualTo("DEMO DATA");
            });
            assertThat(f.care.plan().list(link)).hasSize(2);
            assertThat(f.care.consent().history(link)).isNotEmpty();
        }
        assertThat(f.care.referrals().list(f.victimLink)).allSatisfy(r ->
                assertThat(r.referredOn()).isAfterOrEqualTo(CareFixture.IDENTIFIED));
        assertThat(f.care.summaries(List.of(witness)).get(witness)).isEqualTo(CareSummary.NONE);

        DbSnapshot before = t.snapshot();
        assertThat(demo.addTo(links)).isZero();
        assertThat(t.snapshot()).isEqualTo(before);
        assertThat(before.rows("SERVICE_REFERRAL")).isGreaterThanOrEqualTo(3);
        assertThat(LocalDate.now(t.app().context().clock())).isEqualTo(TestServices.TODAY);
    }
}
