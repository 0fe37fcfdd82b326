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
import org.vigia.model.ConsentAnswer;
import org.vigia.model.ConsentKind;
import org.vigia.model.ConsentRecord;
import org.vigia.model.ConsentState;
import org.vigia.model.ValidationException;
import org.vigia.model.VigiaException;
import org.vigia.testing.TestServices;

class ConsentServiceTest {
    private final TestServices t = TestServices.withOffice();
    private final CareFixture f = new CareFixture(t);
    private final ConsentService consent = f.care.consent();
    private final Messages en = new Messages(Locale.ENGLISH);
    private final Messages es = new Messages(Locale.forLanguageTag("es"));

    @AfterEach
    void close() {
        t.close();
    }

    private ConsentRecord answer(ConsentKind kind, String org, boolean given, int day) {
        return ConsentRecord.draft(f.victimLink, kind, org, given, LocalDate.of(2026, 3, day), " Lic. Paula Díaz ");
    }

    @Test
    void recordsAnswersAppendOnlyWithWhoRecordedThem() {
        ConsentRecord given = consent.record(answer(ConsentKind.SERVICES, "ignored", true, 2));
        ConsentRecord withdrawn = consent.record(answer(ConsentKind.SERVICES, null, false, 9));

        assertThat(given.organisation()).isNull();
        assertThat(given.takenBy()).isEqualTo("Lic. Paula Díaz");
        assertThat(given.recordedBy()).isEqualTo(TestServices.USER);
        assertThat(given.recordedAt()).isEqualTo(TestServices.NOW);
        assertThat(consent.history(f.victimLink)).containsExactly(given, withdrawn);
        assertThat(consent.state(f.victimLink).services()).isEqualTo(ConsentAnswer.WITHDRAWN);
        assertThat(t.audit().page(0, 1).get(0).summary()).contains("SERVICES not given").doesNotContain("Paula");
    }

    @Test
    void theStateKeepsTheLatestAnswerPerKindAndPerOrganisation() {
        consent.record(answer(ConsentKind.NON_IDENTIFIABLE_REPORTING, null, true, 3));
        consent.record(answer(ConsentKind.SHARING, "IOM Colombia", true, 3));
        consent.record(answer(ConsentKind.SHARING, "Fiscalía General", true, 4));
        consent.record(answer(ConsentKind.SHARING, " iom   COLOMBIA", false, 6));

        ConsentState s = consent.state(f.victimLink);
        assertThat(s.allowsServices()).isFalse();
        assertThat(s.services()).isEqualTo(ConsentAnswer.NOT_ASKED);
        assertThat(s.allowsReporting()).isTrue();
        assertThat(s.allowsSharingWith("IOM Colombia")).isFalse();
        assertThat(s.allowsSharingWith("fiscalía general")).isTrue();
        assertThat(s.allowsSharingWith("UNHCR")).isFalse();
        assertThat(s.sharing()).extracting(ConsentRecord::organisation).containsExactly("Fiscalía General", "iom COLOMBIA");
    }

    @Test
    void sharingNeedsAnOrganisation() {
        ValidationException e = validation(t, () -> consent.record(answer(ConsentKind.SHARING, "  ", true, 3)));
        assertThat(onlyErrorKey(e, "organisation")).isEqualTo("care.error.sharingNeedsOrganisation");
        assertThat(en.error(e)).isEqualTo("Organisation: name the organisation the data may be shared with");
        assertThat(es.error(e)).isEqualTo("Organizaci\u00f3n: indique la organizaci\u00f3n con la que se pueden compartir los datos");
    }

    @Test
    void badAnswersAreRefusedAndNothingIsSaved() {
        ValidationException noKind = validation(t, () -> consent.record(ConsentRecord.draft(f.victimLink, null, null,
                true, null, null)));
        assertThat(noKind.errors()).extracting(x -> x.field() + "=" + x.key())
                .containsExactly("consentKind=validation.required", "consentOn=validation.required");
        ValidationException future = validation(t, () -> consent.record(ConsentRecord.draft(f.victimLink,
                ConsentKind.SERVICES, null, true, TestServices.TODAY.plusDays(1), null)));
        assertThat(onlyErrorKey(future, "consentOn")).isEqualTo("validation.future");
        ValidationException longNames = validation(t, () -> consent.record(ConsentRecord.draft(f.victimLink,
                ConsentKind.SHARING, "o".repeat(201), true, TestServices.TODAY, "t".repeat(201))));
        assertThat(longNames.errors()).extracting(x -> x.field() + "=" + x.key())
                .containsExactly("organisation=validation.tooLong", "takenBy=validation.tooLong");
        VigiaException unknown = refused(t, () -> consent.record(ConsentRecord.draft(UUID.randomUUID(),
                ConsentKind.SERVICES, null, true, TestServices.TODAY, null)), VigiaException.class);
        assertThat(unknown.key()).isEqualTo("care.error.notAVictim");
    }
}
