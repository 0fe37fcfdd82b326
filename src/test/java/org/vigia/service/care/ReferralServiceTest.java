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
import org.vigia.model.ConsentKind;
import org.vigia.model.ConsentRecord;
import org.vigia.model.OrganizationType;
import org.vigia.model.ReferralStatus;
import org.vigia.model.Role;
import org.vigia.model.NotPermittedException;
import org.vigia.model.ServiceReferral;
import org.vigia.model.ServiceType;
import org.vigia.model.ValidationException;
import org.vigia.model.VigiaException;
import org.vigia.testing.TestServices;

class ReferralServiceTest {
    private final TestServices t = TestServices.withOffice();
    private final CareFixture f = new CareFixture(t);
    private final ReferralService referrals = f.care.referrals();
    private final Messages en = new Messages(Locale.ENGLISH);
    private final Messages es = new Messages(Locale.forLanguageTag("es"));

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void addsAReferralTrimmedAsReferredAndAuditsIdsOnly() {
        ServiceReferral saved = referrals.add(ServiceReferral.draft(f.victimLink, ServiceType.LEGAL_AID,
                "  Corporación   Espacios de Mujer ", OrganizationType.NGO, LocalDate.of(2026, 3, 10), "  "));

        assertThat(saved.id()).isNotNull();
        assertThat(saved.status()).isEqualTo(ReferralStatus.REFERRED);
        assertThat(saved.provider()).isEqualTo("Corporación Espacios de Mujer");
        assertThat(saved.notes()).isNull();
        assertThat(saved.statusDate()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(referrals.list(f.victimLink)).containsExactly(saved);
        var event = t.audit().page(0, 1).get(0);
        assertThat(event.action()).isEqualTo("CARE_REFERRAL_ADD");
        assertThat(event.entityId()).isEqualTo(saved.id());
        assertThat(event.summary()).contains(f.victimLink.toString()).doesNotContain("Yuliana", "Ortiz", "Espacios");
    }

    @Test
    void listsByReferralDate() {
        ServiceReferral later = referrals.add(f.shelter());
        ServiceReferral earlier = referrals.add(ServiceReferral.draft(f.victimLink, ServiceType.HEALTH, "Hospital San José",
                OrganizationType.NonPoliceGovernmentalOrganization, LocalDate.of(2026, 3, 3), null));
        assertThat(referrals.list(f.victimLink)).containsExactly(earlier, later);
    }

    @Test
    void aReferralToNoOrganisationIsRefusedWithItsMessage() {
        ValidationException e = validation(t, () -> referrals.add(ServiceReferral.draft(f.victimLink, ServiceType.SHELTER,
                "   ", null, LocalDate.of(2026, 3, 5), null)));
        assertThat(onlyErrorKey(e, "provider")).isEqualTo("care.error.noOrganisation");
        assertThat(en.error(e)).isEqualTo("Provider organisation: refer to an organisation");
        assertThat(es.error(e)).isEqualTo("Organizaci\u00f3n proveedora: derive a una organizaci\u00f3n");
    }

    @Test
    void typeAndDateAreRequired() {
        ValidationException e = validation(t, () -> referrals.add(ServiceReferral.draft(f.victimLink, null,
                "Fundación Renacer", null, null, null)));
        assertThat(e.errors()).extracting(x -> x.field() + "=" + x.key())
                .containsExactly("serviceType=validation.required", "referredOn=validation.required");
    }

    @Test
    void tooLongTextAndControlCharactersAreRefused() {
        ValidationException e = validation(t, () -> referrals.add(ServiceReferral.draft(f.victimLink, ServiceType.SHELTER,
                "x".repeat(201), null, LocalDate.of(2026, 3, 5), "n".repeat(2001))));
        assertThat(e.errors()).extracting(x -> x.field() + "=" + x.key())
                .containsExactly("provider=validation.tooLong", "notes=validation.tooLong");
        assertThat(en.error(e)).contains("Provider organisation: at most 200 characters");
        ValidationException tab = validation(t, () -> referrals.add(ServiceReferral.draft(f.victimLink,
                ServiceType.SHELTER, "Fundación\u0007Renacer", null, LocalDate.of(2026, 3, 5), null)));
        assertThat(onlyErrorKey(tab, "provider")).isEqualTo("validation.controlChars");
    }

    @Test
    void aFutureDateADateBeforeIdentificationAndAnAbsurdDateAreRefused() {
        ValidationException future = validation(t, () -> referrals.add(f.shelter().withFields(ServiceType.SHELTER,
                "Fundación Renacer", null, TestServices.TODAY.plusDays(1), null)));
        assertThat(onlyErrorKey(future, "referredOn")).isEqualTo("validation.future");

        ValidationException before = validation(t, () -> referrals.add(f.shelter().withFields(ServiceType.SHELTER,
                "Fundación Renacer", null, LocalDate.of(2026, 3, 1), null)));
        assertThat(onlyErrorKey(before, "referredOn")).isEqualTo("care.error.beforeIdentified");
        assertThat(en.error(before)).isEqualTo("Referral date: cannot be before the victim was identified (Mar 2, 2026)");

        ValidationException absurd = validation(t, () -> referrals.add(f.shelter().withFields(ServiceType.SHELTER,
                "Fundación Renacer", null, LocalDate.of(1850, 1, 1), null)));
        assertThat(onlyErrorKey(absurd, "referredOn")).isEqualTo("validation.dateRange");
    }

    @Test
    void withoutAnIdentificationDateAnyPastDateWill() {
        UUID link = f.victim(f.person("Mar\u00eda", "Lozano"), null).id();
        ServiceReferral saved = referrals.add(ServiceReferral.draft(link, ServiceType.HEALTH, "Hospital",
                null, LocalDate.of(2025, 12, 1), null));
        assertThat(saved.referredOn()).isEqualTo(LocalDate.of(2025, 12, 1));
    }

    @Test
    void theSameServiceToTheSameProviderOnTheSameDateTwiceIsRefused() {
        referrals.add(f.shelter());
        ValidationException e = validation(t, () -> referrals.add(f.shelter().withFields(ServiceType.SHELTER,
                " FUNDACIÓN  renacer ", OrganizationType.Other, LocalDate.of(2026, 3, 5), "again")));
        assertThat(onlyErrorKey(e, "provider")).isEqualTo("care.error.duplicateReferral");
        assertThat(en.error(e)).contains("this service was already referred to this organisation on this date");
        // another date, another service: fine
        referrals.add(f.shelter().withFields(ServiceType.SHELTER, "Fundación Renacer", null, LocalDate.of(2026, 3, 6), null));
        referrals.add(f.shelter().withFields(ServiceType.PSYCHOSOCIAL, "Fundación Renacer", null, LocalDate.of(2026, 3, 5), null));
        assertThat(referrals.list(f.victimLink)).hasSize(3);
    }

    @Test
    void anUnknownARemovedOrANonVictimLinkIsRefused() {
        ServiceReferral ok = f.shelter();
        VigiaException unknown = refused(t, () -> referrals.add(new ServiceReferral(null, 0, UUID.randomUUID(),
                ok.type(), ok.provider(), null, ok.referredOn(), null, null, null, null, null)), VigiaException.class);
        assertThat(unknown.key()).isEqualTo("care.error.notAVictim");
        assertThat(en.error(unknown)).startsWith("This person is not (or no longer) a victim in this case");

        UUID witness = f.witness(f.person("Luis", "Pe\u00f1a")).id();
        VigiaException notVictim = refused(t, () -> referrals.add(ServiceReferral.draft(witness, ok.type(),
                ok.provider(), null, ok.referredOn(), null)), VigiaException.class);
        assertThat(notVictim.key()).isEqualTo("care.error.notAVictim");
        VigiaException read = refused(t, () -> referrals.list(witness), VigiaException.class);
        assertThat(read.key()).isEqualTo("care.error.notAVictim");

        var link = t.app().roles().get(f.victimLink);
        t.app().roles().remove(link.id(), link.version());
        VigiaException removed = refused(t, () -> referrals.add(ok), VigiaException.class);
        assertThat(removed.key()).isEqualTo("care.error.notAVictim");
    }

    @Test
    void consentToServicesWithdrawnThenAReferralIsRefused() {
        ConsentService consent = f.care.consent();
        consent.record(ConsentRecord.draft(f.victimLink, ConsentKind.SERVICES, null, true, LocalDate.of(2026, 3, 2), null));
        referrals.add(f.shelter());
        consent.record(ConsentRecord.draft(f.victimLink, ConsentKind.SERVICES, null, false, LocalDate.of(2026, 3, 8),
                "Trabajadora social"));

        VigiaException e = refused(t, () -> referrals.add(f.shelter().withFields(ServiceType.HEALTH, "Hospital",
                null, LocalDate.of(2026, 3, 9), null)), VigiaException.class);
        assertThat(e.key()).isEqualTo("care.error.consentWithdrawn");
        assertThat(en.error(e)).isEqualTo("The victim withdrew consent to services on Mar 8, 2026: no new referral "
                + "can be recorded until consent is given again.");
        assertThat(es.error(e)).startsWith("La v\u00edctima retir\u00f3 el consentimiento");

        consent.record(ConsentRecord.draft(f.victimLink, ConsentKind.SERVICES, null, true, LocalDate.of(2026, 3, 10), null));
        assertThat(referrals.add(f.shelter().withFields(ServiceType.HEALTH, "Hospital", null,
                LocalDate.of(2026, 3, 10), null)).status()).isEqualTo(ReferralStatus.REFERRED);
    }

    @Test
    void updatesTheFieldsButNeverTheStatus() {
        ServiceReferral saved = referrals.add(f.shelter());
        ServiceReferral edited = new ServiceReferral(saved.id(), saved.version(), saved.linkId(), ServiceType.PSYCHOSOCIAL,
                "Fundación Renacer - Cali", OrganizationType.NGO, LocalDate.of(2026, 3, 6), ReferralStatus.DELIVERED,
                LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 8), null, "moved");

        ServiceReferral updated = referrals.update(edited);

        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.type()).isEqualTo(ServiceType.PSYCHOSOCIAL);
        assertThat(updated.provider()).isEqualTo("Fundación Renacer - Cali");
        assertThat(updated.notes()).isEqualTo("moved");
        assertThat(updated.status()).isEqualTo(ReferralStatus.REFERRED);
        assertThat(updated.acceptedOn()).isNull();
        assertThat(updated.deliveredOn()).isNull();
    }

    @Test
    void aStaleVersionIsRefused() {
        ServiceReferral saved = referrals.add(f.shelter());
        referrals.update(saved.withFields(saved.type(), saved.provider(), null, saved.referredOn(), "first"));
        ConflictException e = refused(t, () -> referrals.update(saved.withFields(saved.type(), saved.provider(), null,
                saved.referredOn(), "second")), ConflictException.class);
        assertThat(new org.vigia.l10n.Messages(java.util.Locale.ENGLISH).error(e))
                .as("the record is named by its label, not its code").contains("Shelter / safe house")
                .doesNotContain("SHELTER");
        refused(t, () -> referrals.changeStatus(saved.id(), saved.version(), ReferralStatus.ACCEPTED,
                LocalDate.of(2026, 3, 6)), ConflictException.class);
        refused(t, () -> referrals.remove(saved.id(), saved.version()), ConflictException.class);
    }

    @Test
    void theReferralDateCannotMovePastAStatusDate() {
        ServiceReferral saved = referrals.add(f.shelter());
        ServiceReferral accepted = referrals.changeStatus(saved.id(), 0, ReferralStatus.ACCEPTED, LocalDate.of(2026, 3, 7));
        ValidationException e = validation(t, () -> referrals.update(accepted.withFields(accepted.type(),
                accepted.provider(), null, LocalDate.of(2026, 3, 9), null)));
        assertThat(onlyErrorKey(e, "referredOn")).isEqualTo("care.error.afterStatusDate");
    }

    @Test
    void statusDatesAreCheckedAgainstTheReferralTheAcceptanceAndToday() {
        ServiceReferral saved = referrals.add(f.shelter());
        ValidationException before = validation(t, () -> referrals.changeStatus(saved.id(), 0, ReferralStatus.ACCEPTED,
                LocalDate.of(2026, 3, 4)));
        assertThat(onlyErrorKey(before, "statusOn")).isEqualTo("care.error.beforeReferral");
        assertThat(en.error(before)).isEqualTo("Date of the change: cannot be before the referral date (Mar 5, 2026)");
        ValidationException future = validation(t, () -> referrals.changeStatus(saved.id(), 0, ReferralStatus.ACCEPTED,
                TestServices.TODAY.plusDays(1)));
        assertThat(onlyErrorKey(future, "statusOn")).isEqualTo("validation.future");
        ValidationException none = validation(t, () -> referrals.changeStatus(saved.id(), 0, ReferralStatus.ACCEPTED, null));
        assertThat(onlyErrorKey(none, "statusOn")).isEqualTo("validation.required");

        ServiceReferral accepted = referrals.changeStatus(saved.id(), 0, ReferralStatus.ACCEPTED, LocalDate.of(2026, 3, 7));
        ValidationException beforeAccepted = validation(t, () -> referrals.changeStatus(saved.id(), accepted.version(),
                ReferralStatus.DELIVERED, LocalDate.of(2026, 3, 6)));
        assertThat(onlyErrorKey(beforeAccepted, "statusOn")).isEqualTo("care.error.beforeAccepted");

        ServiceReferral delivered = referrals.changeStatus(saved.id(), accepted.version(), ReferralStatus.DELIVERED,
                LocalDate.of(2026, 3, 12));
        assertThat(delivered.status()).isEqualTo(ReferralStatus.DELIVERED);
        assertThat(delivered.acceptedOn()).isEqualTo(LocalDate.of(2026, 3, 7));
        assertThat(delivered.deliveredOn()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(delivered.statusDate()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(t.audit().page(0, 1).get(0).summary()).contains("ACCEPTED -> DELIVERED");
    }

    @Test
    void removingLeavesATombstone() {
        ServiceReferral saved = referrals.add(f.shelter());
        referrals.remove(saved.id(), saved.version());
        assertThat(referrals.list(f.victimLink)).isEmpty();
        assertThat(t.snapshot().rows("SERVICE_REFERRAL")).isEqualTo(1);
        VigiaException again = refused(t, () -> referrals.remove(saved.id(), 1), VigiaException.class);
        assertThat(again.key()).isEqualTo("care.error.referralNotFound");
        // the same referral may be recorded again once the mistaken one is removed
        assertThat(referrals.add(f.shelter()).id()).isNotEqualTo(saved.id());
    }

    @Test
    void anInvestigatorMayReferAnHqAnalystMayOnlyRead() {
        ServiceReferral saved = referrals.add(f.shelter());
        t.signInAs("hq", Role.HQ_ANALYST);
        assertThat(referrals.list(f.victimLink)).containsExactly(saved);
        Throwable denied = org.assertj.core.api.Assertions.catchThrowable(() -> referrals.add(f.shelter()
                .withFields(ServiceType.HEALTH, "Hospital", null, LocalDate.of(2026, 3, 6), null)));
        assertThat(denied).isInstanceOf(NotPermittedException.class);
        assertThat(t.snapshot().rows("SERVICE_REFERRAL")).isEqualTo(1);
    }
}
