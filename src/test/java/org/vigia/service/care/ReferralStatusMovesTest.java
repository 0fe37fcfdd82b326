package org.vigia.service.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.testing.Refusals.onlyErrorKey;
import static org.vigia.testing.Refusals.validation;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigia.model.ReferralStatus;
import org.vigia.model.ServiceReferral;
import org.vigia.model.ValidationException;
import org.vigia.testing.TestServices;

/** Every pair of statuses: the move is allowed exactly when the table says so, in the model and the service. */
class ReferralStatusMovesTest {
    private final TestServices t = TestServices.withOffice();
    private final CareFixture f = new CareFixture(t);
    private final ReferralService referrals = f.care.referrals();

    @AfterEach
    void close() {
        t.close();
    }

    static Stream<Arguments> moves() {
        return Stream.of(
                Arguments.of(ReferralStatus.REFERRED, ReferralStatus.REFERRED, false),
                Arguments.of(ReferralStatus.REFERRED, ReferralStatus.ACCEPTED, true),
                Arguments.of(ReferralStatus.REFERRED, ReferralStatus.DELIVERED, false),
                Arguments.of(ReferralStatus.REFERRED, ReferralStatus.DECLINED, true),
                Arguments.of(ReferralStatus.ACCEPTED, ReferralStatus.REFERRED, false),
                Arguments.of(ReferralStatus.ACCEPTED, ReferralStatus.ACCEPTED, false),
                Arguments.of(ReferralStatus.ACCEPTED, ReferralStatus.DELIVERED, true),
                Arguments.of(ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, true),
                Arguments.of(ReferralStatus.DELIVERED, ReferralStatus.REFERRED, false),
                Arguments.of(ReferralStatus.DELIVERED, ReferralStatus.ACCEPTED, false),
                Arguments.of(ReferralStatus.DELIVERED, ReferralStatus.DELIVERED, false),
                Arguments.of(ReferralStatus.DELIVERED, ReferralStatus.DECLINED, false),
                Arguments.of(ReferralStatus.DECLINED, ReferralStatus.REFERRED, false),
                Arguments.of(ReferralStatus.DECLINED, ReferralStatus.ACCEPTED, false),
                Arguments.of(ReferralStatus.DECLINED, ReferralStatus.DELIVERED, false),
                Arguments.of(ReferralStatus.DECLINED, ReferralStatus.DECLINED, false));
    }

    @ParameterizedTest(name = "{0} -> {1}: allowed {2}")
    @MethodSource("moves")
    void theMoveIsAllowedExactlyAsTheTableSays(ReferralStatus from, ReferralStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
        assertThat(from.next().contains(to)).isEqualTo(allowed);
        ServiceReferral r = reach(from);
        LocalDate on = LocalDate.of(2026, 3, 14);
        if (allowed) {
            ServiceReferral moved = referrals.changeStatus(r.id(), r.version(), to, on);
            assertThat(moved.status()).isEqualTo(to);
            assertThat(moved.statusDate()).isEqualTo(on);
            assertThat(referrals.list(f.victimLink)).containsExactly(moved);
        } else {
            ValidationException e = validation(t, () -> referrals.changeStatus(r.id(), r.version(), to, on));
            assertThat(onlyErrorKey(e, "referralStatus")).isEqualTo("care.error.statusMove");
        }
    }

    /** A referral in status {@code s}, moved there through allowed steps. */
    private ServiceReferral reach(ReferralStatus s) {
        ServiceReferral r = referrals.add(f.shelter());
        return switch (s) {
            case REFERRED -> r;
            case ACCEPTED -> referrals.changeStatus(r.id(), r.version(), ReferralStatus.ACCEPTED, LocalDate.of(2026, 3, 6));
            case DECLINED -> referrals.changeStatus(r.id(), r.version(), ReferralStatus.DECLINED, LocalDate.of(2026, 3, 6));
            case DELIVERED -> {
                ServiceReferral a = referrals.changeStatus(r.id(), r.version(), ReferralStatus.ACCEPTED, LocalDate.of(2026, 3, 6));
                yield referrals.changeStatus(a.id(), a.version(), ReferralStatus.DELIVERED, LocalDate.of(2026, 3, 7));
            }
        };
    }
}
