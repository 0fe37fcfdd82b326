package org.vigia.service.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.impl.DefaultExecuteListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigia.model.CareSummary;
import org.vigia.model.ConsentAnswer;
import org.vigia.model.ConsentKind;
import org.vigia.model.ConsentRecord;
import org.vigia.model.ReferralStatus;
import org.vigia.model.ServiceReferral;
import org.vigia.model.ServiceType;
import org.vigia.model.SupportPlanItem;
import org.vigia.model.SupportPlanType;
import org.vigia.testing.TestServices;

class CareSummariesTest {
    private final TestServices t = TestServices.withOffice();
    private final CareFixture f = new CareFixture(t);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void countsReferralsPlanItemsAndConsentPerVictim() {
        UUID a = f.victimLink;
        UUID b = f.victim(f.person("María", "Lozano"), null).id();
        UUID c = f.victim(f.person("Rosa", "Mena"), null).id();
        ReferralService referrals = f.care.referrals();
        ServiceReferral open = referrals.add(f.shelter());
        ServiceReferral accepted = referrals.add(f.shelter().withFields(ServiceType.HEALTH, "Hospital", null,
                LocalDate.of(2026, 3, 5), null));
        accepted = referrals.changeStatus(accepted.id(), 0, ReferralStatus.ACCEPTED, LocalDate.of(2026, 3, 6));
        ServiceReferral delivered = referrals.changeStatus(accepted.id(), accepted.version(), ReferralStatus.DELIVERED,
                LocalDate.of(2026, 3, 7));
        ServiceReferral declined = referrals.add(f.shelter().withFields(ServiceType.LEGAL_AID, "Abogados", null,
                LocalDate.of(2026, 3, 5), null));
        referrals.changeStatus(declined.id(), 0, ReferralStatus.DECLINED, LocalDate.of(2026, 3, 6));
        ServiceReferral removed = referrals.add(f.shelter().withFields(ServiceType.OTHER, "X", null,
                LocalDate.of(2026, 3, 5), null));
        referrals.remove(removed.id(), 0);
        referrals.add(ServiceReferral.draft(b, ServiceType.SHELTER, "Casa", null, LocalDate.of(2026, 3, 1), null));

        SupportPlanService plan = f.care.plan();
        plan.add(SupportPlanItem.draft(a, SupportPlanType.Legal, "Trial", null, null, null));
        plan.add(new SupportPlanItem(null, 0, a, SupportPlanType.Health, "Done", null, null, null,
                LocalDate.of(2026, 3, 10), null));
        ConsentService consent = f.care.consent();
        consent.record(ConsentRecord.draft(a, ConsentKind.SERVICES, null, true, LocalDate.of(2026, 3, 2), null));
        consent.record(ConsentRecord.draft(b, ConsentKind.SERVICES, null, true, LocalDate.of(2026, 3, 2), null));
        consent.record(ConsentRecord.draft(b, ConsentKind.SERVICES, null, false, LocalDate.of(2026, 3, 4), null));
        consent.record(ConsentRecord.draft(c, ConsentKind.SHARING, "IOM", true, LocalDate.of(2026, 3, 4), null));

        UUID unknown = UUID.randomUUID();
        AtomicInteger queries = countQueries();
        Map<UUID, CareSummary> s = f.care.summaries(List.of(a, b, c, unknown));

        assertThat(queries.get()).isEqualTo(3);
        assertThat(s.get(a)).isEqualTo(new CareSummary(1, 1, 1, 1, ConsentAnswer.GIVEN));
        assertThat(s.get(b)).isEqualTo(new CareSummary(1, 0, 0, 0, ConsentAnswer.WITHDRAWN));
        assertThat(s.get(c)).isEqualTo(new CareSummary(0, 0, 0, 0, ConsentAnswer.NOT_ASKED));
        assertThat(s.get(unknown)).isEqualTo(CareSummary.NONE);
        assertThat(open.status().isOpen()).isTrue();
        assertThat(delivered.status()).isEqualTo(ReferralStatus.DELIVERED);
    }

    @Test
    void theNumberOfQueriesDoesNotGrowWithTheNumberOfVictims() {
        List<UUID> many = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            UUID link = f.victim(f.person("Victim" + (char) ('A' + i % 26), "Número" + (char) ('A' + i / 26)), null).id();
            f.care.referrals().add(ServiceReferral.draft(link, ServiceType.HEALTH, "Hospital", null,
                    LocalDate.of(2026, 3, 1), null));
            many.add(link);
        }
        AtomicInteger queries = countQueries();
        Map<UUID, CareSummary> s = f.care.summaries(many);
        assertThat(queries.get()).isEqualTo(3);
        assertThat(s).hasSize(40).allSatisfy((k, v) -> assertThat(v.openReferrals()).isEqualTo(1));
        assertThat(f.care.summaries(List.of())).isEmpty();
    }

    /** Counts the statements run on the services' connection from now on. */
    private AtomicInteger countQueries() {
        AtomicInteger n = new AtomicInteger();
        t.dsl().configuration().set(new DefaultExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                n.incrementAndGet();
            }
        });
        return n;
    }
}
