package org.vigia.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Latest answer wins: by date, then by when it was recorded, then in the order given. */
class ConsentStateTest {
    private static final UUID LINK = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-03-15T10:00:00Z");

    private static ConsentRecord r(ConsentKind kind, String org, boolean given, int day, int minute) {
        return new ConsentRecord(UUID.randomUUID(), LINK, kind, org, given, LocalDate.of(2026, 3, day), null, "ana",
                T0.plusSeconds(60L * minute));
    }

    @Test
    void nothingRecordedAllowsNothing() {
        ConsentState s = ConsentState.none();
        assertThat(s.allowsServices()).isFalse();
        assertThat(s.allowsReporting()).isFalse();
        assertThat(s.allowsSharingWith("IOM")).isFalse();
        assertThat(s.allowsSharingWith(null)).isFalse();
        assertThat(s.services()).isEqualTo(ConsentAnswer.NOT_ASKED);
        assertThat(s.latest(ConsentKind.SERVICES)).isEmpty();
    }

    @Test
    void aWithdrawalAfterConsentWinsAndConsentAgainWinsOverIt() {
        ConsentRecord given = r(ConsentKind.SERVICES, null, true, 2, 0);
        ConsentRecord withdrawn = r(ConsentKind.SERVICES, null, false, 8, 1);
        assertThat(ConsentState.of(List.of(given, withdrawn)).services()).isEqualTo(ConsentAnswer.WITHDRAWN);
        assertThat(ConsentState.of(List.of(given, withdrawn)).latest(ConsentKind.SERVICES)).contains(withdrawn);
        ConsentRecord again = r(ConsentKind.SERVICES, null, true, 10, 2);
        assertThat(ConsentState.of(List.of(given, withdrawn, again)).allowsServices()).isTrue();
    }

    @Test
    void theLatestDateWinsEvenWhenRecordedEarlier() {
        ConsentRecord withdrawnLater = r(ConsentKind.SERVICES, null, false, 9, 0);
        ConsentRecord givenEarlierRecordedLate = r(ConsentKind.SERVICES, null, true, 3, 5);
        assertThat(ConsentState.of(List.of(withdrawnLater, givenEarlierRecordedLate)).services())
                .isEqualTo(ConsentAnswer.WITHDRAWN);
    }

    @Test
    void onTheSameDateTheOneRecordedLastWins() {
        ConsentRecord given = r(ConsentKind.NON_IDENTIFIABLE_REPORTING, null, true, 5, 0);
        ConsentRecord withdrawn = r(ConsentKind.NON_IDENTIFIABLE_REPORTING, null, false, 5, 1);
        assertThat(ConsentState.of(List.of(withdrawn, given)).allowsReporting()).isFalse();
        ConsentRecord sameInstant = new ConsentRecord(UUID.randomUUID(), LINK, ConsentKind.NON_IDENTIFIABLE_REPORTING,
                null, true, LocalDate.of(2026, 3, 5), null, "ana", given.recordedAt().plusSeconds(60));
        // same date and same instant: the order given decides
        assertThat(ConsentState.of(List.of(withdrawn, sameInstant)).allowsReporting()).isTrue();
        assertThat(ConsentState.of(List.of(sameInstant, withdrawn)).allowsReporting()).isFalse();
    }

    @Test
    void sharingIsPerOrganisationIgnoringCaseAndSpacing() {
        ConsentState s = ConsentState.of(List.of(
                r(ConsentKind.SHARING, "IOM Colombia", true, 2, 0),
                r(ConsentKind.SHARING, "Fiscalía", true, 3, 1),
                r(ConsentKind.SHARING, "iom  colombia ", false, 4, 2)));
        assertThat(s.allowsSharingWith("IOM Colombia")).isFalse();
        assertThat(s.sharingWith("IOM Colombia")).isEqualTo(ConsentAnswer.WITHDRAWN);
        assertThat(s.allowsSharingWith("FISCALÍA")).isTrue();
        assertThat(s.allowsSharingWith("UNODC")).isFalse();
        assertThat(s.sharingWith("UNODC")).isEqualTo(ConsentAnswer.NOT_ASKED);
        // sharing never stands for services or reporting
        assertThat(s.allowsServices()).isFalse();
        assertThat(s.allowsReporting()).isFalse();
        assertThat(s.latest(ConsentKind.SHARING)).isEmpty();
        assertThat(s.sharing()).hasSize(2);
    }
}
