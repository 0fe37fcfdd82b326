package org.vigia.service.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.testing.Refusals.onlyErrorKey;
import static org.vigia.testing.Refusals.refused;
import static org.vigia.testing.Refusals.validation;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigia.l10n.Messages;
import org.vigia.model.ConflictException;
import org.vigia.model.SupportPlanItem;
import org.vigia.model.SupportPlanType;
import org.vigia.model.ValidationException;
import org.vigia.model.VigiaException;
import org.vigia.testing.TestServices;

class SupportPlanServiceTest {
    private final TestServices t = TestServices.withOffice();
    private final CareFixture f = new CareFixture(t);
    private final SupportPlanService plan = f.care.plan();
    private final Messages en = new Messages(Locale.ENGLISH);

    @AfterEach
    void close() {
        t.close();
    }

    private SupportPlanItem legal() {
        return SupportPlanItem.draft(f.victimLink, SupportPlanType.Legal, "Testify safely at trial",
                "Accompany to hearings\nAsk for protective measures", LocalDate.of(2026, 3, 5), LocalDate.of(2026, 9, 30));
    }

    @Test
    void addsChangesAndRemovesAnItem() {
        SupportPlanItem saved = plan.add(legal());
        assertThat(saved.id()).isNotNull();
        assertThat(saved.isOpen()).isTrue();
        assertThat(saved.actions()).contains("\n");

        SupportPlanItem ended = plan.update(new SupportPlanItem(saved.id(), saved.version(), f.victimLink,
                SupportPlanType.Legal, " Testify safely ", null, saved.startOn(), saved.plannedEndOn(),
                LocalDate.of(2026, 3, 14), "Hearing held"));
        assertThat(ended.version()).isEqualTo(1);
        assertThat(ended.objectives()).isEqualTo("Testify safely");
        assertThat(ended.isOpen()).isFalse();
        assertThat(plan.list(f.victimLink)).containsExactly(ended);

        plan.remove(ended.id(), ended.version());
        assertThat(plan.list(f.victimLink)).isEmpty();
        assertThat(t.snapshot().rows("SUPPORT_PLAN_ITEM")).isEqualTo(1);
        assertThat(t.audit().page(0, 3)).extracting(e -> e.action())
                .containsExactly("CARE_PLAN_REMOVE", "CARE_PLAN_UPDATE", "CARE_PLAN_ADD");
    }

    @Test
    void listsByStartDateItemsWithoutOneLast() {
        SupportPlanItem noStart = plan.add(SupportPlanItem.draft(f.victimLink, SupportPlanType.Education, "School",
                null, null, null));
        SupportPlanItem later = plan.add(legal());
        SupportPlanItem earlier = plan.add(SupportPlanItem.draft(f.victimLink, SupportPlanType.Health, "Check-up",
                null, LocalDate.of(2026, 3, 3), null));
        assertThat(plan.list(f.victimLink)).containsExactly(earlier, later, noStart);
    }

    @Test
    void typeAndObjectivesAreRequired() {
        ValidationException e = validation(t, () -> plan.add(SupportPlanItem.draft(f.victimLink, null, "  ", null,
                null, null)));
        assertThat(e.errors()).extracting(x -> x.field() + "=" + x.key())
                .containsExactly("planType=validation.required", "objectives=validation.required");
        assertThat(en.error(e)).isEqualTo("Support type: required\nObjectives: required");
    }

    @Test
    void datesOutOfOrderInTheFutureOrAbsurdAreRefused() {
        ValidationException plannedBefore = validation(t, () -> plan.add(SupportPlanItem.draft(f.victimLink,
                SupportPlanType.Legal, "x", null, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 9))));
        assertThat(onlyErrorKey(plannedBefore, "plannedEndOn")).isEqualTo("validation.endBeforeStart");

        SupportPlanItem d = legal();
        ValidationException futureEnd = validation(t, () -> plan.add(new SupportPlanItem(null, 0, f.victimLink, d.type(),
                d.objectives(), null, d.startOn(), null, TestServices.TODAY.plusDays(1), null)));
        assertThat(onlyErrorKey(futureEnd, "actualEndOn")).isEqualTo("validation.future");

        ValidationException endBefore = validation(t, () -> plan.add(new SupportPlanItem(null, 0, f.victimLink, d.type(),
                d.objectives(), null, d.startOn(), null, LocalDate.of(2026, 3, 4), null)));
        assertThat(onlyErrorKey(endBefore, "actualEndOn")).isEqualTo("validation.endBeforeStart");

        ValidationException absurd = validation(t, () -> plan.add(SupportPlanItem.draft(f.victimLink,
                SupportPlanType.Legal, "x", null, LocalDate.of(1800, 1, 1), null)));
        assertThat(onlyErrorKey(absurd, "startOn")).isEqualTo("validation.dateRange");

        // a planned end in the future is the point of a plan
        assertThat(plan.add(legal()).plannedEndOn()).isAfter(TestServices.TODAY);
    }

    @Test
    void tooLongTextIsRefused() {
        ValidationException e = validation(t, () -> plan.add(new SupportPlanItem(null, 0, f.victimLink,
                SupportPlanType.Financial, "o".repeat(2001), "a".repeat(2001), null, null, null, "n".repeat(2001))));
        assertThat(e.errors()).extracting(x -> x.field() + "=" + x.key()).containsExactly(
                "objectives=validation.tooLong", "planActions=validation.tooLong", "notes=validation.tooLong");
    }

    @Test
    void aStaleVersionOrAnUnknownLinkIsRefused() {
        SupportPlanItem saved = plan.add(legal());
        plan.update(saved);
        refused(t, () -> plan.update(saved), ConflictException.class);
        refused(t, () -> plan.remove(saved.id(), 0), ConflictException.class);
        VigiaException unknown = refused(t, () -> plan.add(SupportPlanItem.draft(UUID.randomUUID(),
                SupportPlanType.Legal, "x", null, null, null)), VigiaException.class);
        assertThat(unknown.key()).isEqualTo("care.error.notAVictim");
        UUID witness = f.witness(f.person("Luis", "Pe\u00f1a")).id();
        VigiaException notVictim = refused(t, () -> plan.add(SupportPlanItem.draft(witness,
                SupportPlanType.Legal, "x", null, null, null)), VigiaException.class);
        assertThat(notVictim.key()).isEqualTo("care.error.notAVictim");
    }
}
