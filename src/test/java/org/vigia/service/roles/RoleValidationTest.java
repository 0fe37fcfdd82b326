package org.vigia.service.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigia.model.CaseRole;
import org.vigia.model.MigrantDetails;
import org.vigia.model.RoleLink;
import org.vigia.model.SuspectDetails;
import org.vigia.model.TraffickingStatus;
import org.vigia.model.ValidationException;
import org.vigia.model.VictimDetails;
import org.vigia.testing.Refusals;
import org.vigia.testing.TestServices;

/** Bad input on each field of a role link: a clear error on that field and no change in the database. */
class RoleValidationTest {
    private static final LocalDate FUTURE = TestServices.TODAY.plusDays(1);
    private static final LocalDate ANCIENT = LocalDate.of(1899, 12, 31);
    private final TestServices t = TestServices.withOffice();
    private final RoleFixture f = new RoleFixture(t);

    @AfterEach
    void close() {
        t.close();
    }

    private static Arguments bad(String field, String key, Function<RoleFixture, RoleLink> link) {
        return Arguments.of(field, key, link);
    }

    private static RoleLink suspect(RoleFixture f, SuspectDetails s) {
        return f.link(f.luis.id(), CaseRole.SUSPECT).withSuspect(s);
    }

    private static RoleLink victim(RoleFixture f, VictimDetails v) {
        return f.link(f.yuliana.id(), CaseRole.VICTIM).withVictim(v);
    }

    private static RoleLink migrant(RoleFixture f, MigrantDetails m) {
        return f.link(f.yuliana.id(), CaseRole.SMUGGLED_MIGRANT).withMigrant(m);
    }

    private static SuspectDetails suspect(LocalDate arrested, String country, String locality, String group,
                                          String reference, String wantedBy) {
        SuspectDetails s = RoleFixture.suspect();
        return new SuspectDetails(s.arrestStatus(), arrested, country, locality, s.charges(), s.processRoles(), group,
                s.notice(), reference, wantedBy);
    }

    private static VictimDetails victim(LocalDate decided, Integer age, String platforms, String by, String at,
                                        LocalDate identified) {
        VictimDetails v = RoleFixture.victim();
        return new VictimDetails(v.status(), v.decidedBy(), decided, v.relationship(), age, v.recruitment(), platforms,
                v.control(), v.exploitation(), v.labourIndustry(), v.sexualExploitation(), by, at, identified);
    }

    private static MigrantDetails fee(String amount, String currency) {
        return new MigrantDetails("PA", "Darién", LocalDate.of(2026, 2, 20), amount == null ? null : new BigDecimal(amount),
                currency, "US");
    }

    static Stream<Arguments> badInput() {
        LocalDate ok = LocalDate.of(2026, 3, 1);
        VictimDetails v = RoleFixture.victim();
        return Stream.of(
                bad("role", "validation.required", x -> x.link(x.luis.id(), null)),
                bad("caseId", "validation.required", x -> RoleLink.of(null, x.luis.id(), CaseRole.WITNESS, null)),
                bad("personId", "validation.required", x -> RoleLink.of(x.kase.id(), null, CaseRole.WITNESS, null)),
                bad("caseId", "error.role.noCase", x -> RoleLink.of(UUID.randomUUID(), x.luis.id(), CaseRole.WITNESS, null)),
                bad("personId", "error.role.noPerson", x -> RoleLink.of(x.kase.id(), UUID.randomUUID(), CaseRole.WITNESS, null)),
                bad("note", "validation.tooLong", x -> x.link(x.luis.id(), CaseRole.WITNESS).withNote("n".repeat(2001))),
                bad("note", "validation.controlChars", x -> x.link(x.luis.id(), CaseRole.OTHER).withNote("bell\u0007")),
                bad("role", "error.role.detailsNotForRole", x -> x.link(x.luis.id(), CaseRole.WITNESS)
                        .withSuspect(RoleFixture.suspect())),
                bad("role", "error.role.detailsNotForRole", x -> x.link(x.luis.id(), CaseRole.SUSPECT)
                        .withVictim(RoleFixture.victim())),
                bad("role", "error.role.detailsNotForRole", x -> x.link(x.luis.id(), CaseRole.OTHER)
                        .withMigrant(RoleFixture.migrant())),
                bad("traffickingStatus", "error.role.migrantStatus", x -> migrant(x, RoleFixture.migrant())
                        .withVictim(RoleFixture.victim())),
                bad("arrestedOn", "validation.future", x -> suspect(x, suspect(FUTURE, "CO", null, null, null, null))),
                bad("arrestedOn", "validation.dateRange", x -> suspect(x, suspect(ANCIENT, "CO", null, null, null, null))),
                bad("arrestCountry", "validation.unknownCountry", x -> suspect(x, suspect(ok, "XX", null, null, null, null))),
                bad("arrestLocality", "validation.tooLong", x -> suspect(x, suspect(ok, "CO", "l".repeat(121), null, null, null))),
                bad("arrestLocality", "validation.controlChars", x -> suspect(x, suspect(ok, "CO", "two\nlines", null, null, null))),
                bad("criminalGroup", "validation.tooLong", x -> suspect(x, suspect(ok, "CO", null, "g".repeat(201), null, null))),
                bad("noticeReference", "validation.tooLong", x -> suspect(x, suspect(ok, "CO", null, null, "r".repeat(61), null))),
                bad("notice", "validation.required", x -> suspect(x, new SuspectDetails(null, null, null, null, null,
                        null, null, null, "A-1/2026", null))),
                bad("wantedBy", "validation.unknownCountry", x -> suspect(x, suspect(ok, "CO", null, null, null, "ZZ"))),
                bad("decidedOn", "validation.future", x -> victim(x, victim(FUTURE, 17, null, null, null, ok))),
                bad("decidedOn", "validation.required", x -> victim(x, victim(null, 17, null, null, null, ok))),
                bad("decidedBy", "validation.required", x -> victim(x, VictimDetails.status(
                        TraffickingStatus.PossibleVictimOfTrafficking, null, ok))),
                bad("traffickingStatus", "validation.required", x -> victim(x, VictimDetails.status(null, v.decidedBy(), ok))),
                bad("ageWhenTrafficked", "validation.ageRange", x -> victim(x, victim(ok, -1, null, null, null, ok))),
                bad("ageWhenTrafficked", "validation.ageRange", x -> victim(x, victim(ok, 121, null, null, null, ok))),
                bad("recruitmentPlatforms", "validation.tooLong", x -> victim(x, victim(ok, 17, "p".repeat(501), null, null, ok))),
                bad("identifiedBy", "validation.tooLong", x -> victim(x, victim(ok, 17, null, "b".repeat(201), null, ok))),
                bad("identifiedAt", "validation.controlChars", x -> victim(x, victim(ok, 17, null, null, "raid\tbar", ok))),
                bad("identifiedOn", "validation.future", x -> victim(x, victim(ok, 17, null, null, null, FUTURE))),
                bad("detectedCountry", "validation.unknownCountry", x -> migrant(x, new MigrantDetails("PAN", null, null,
                        null, null, null))),
                bad("detectedPlace", "validation.tooLong", x -> migrant(x, new MigrantDetails(null, "p".repeat(121), null,
                        null, null, null))),
                bad("detectedOn", "validation.future", x -> migrant(x, new MigrantDetails(null, null, FUTURE, null, null, null))),
                bad("feeAmount", "error.role.feeRange", x -> migrant(x, fee("-1", "USD"))),
                bad("feeAmount", "error.role.feeRange", x -> migrant(x, fee("1000000000000", "USD"))),
                bad("feeAmount", "error.role.feeDecimals", x -> migrant(x, fee("10.0001", "USD"))),
                bad("feeCurrency", "validation.required", x -> migrant(x, fee("2700", null))),
                bad("feeCurrency", "error.role.unknownCurrency", x -> migrant(x, fee("2700", "XYZ"))),
                bad("feeAmount", "validation.required", x -> migrant(x, fee(null, "USD"))),
                bad("destinationCountry", "validation.unknownCountry", x -> migrant(x, new MigrantDetails(null, null, null,
                        null, null, "U1"))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badInput")
    void badInputIsRefusedOnItsFieldAndChangesNothing(String field, String key, Function<RoleFixture, RoleLink> link) {
        RoleLink bad = link.apply(f);
        ValidationException e = Refusals.validation(t, () -> f.roles().add(bad));
        assertThat(Refusals.onlyErrorKey(e, field)).isEqualTo(key);
    }

    @Test
    void theSameBadInputIsRefusedOnUpdateToo() {
        RoleLink saved = f.addMigrant(f.yuliana);
        ValidationException e = Refusals.validation(t, () -> f.roles().update(saved.withMigrant(fee("-5", "usd"))
                .withNote("x".repeat(2001))));
        assertThat(Refusals.fields(e)).containsExactly("note", "feeAmount");
    }

    @Test
    void goodEdgesAreAccepted() {
        RoleLink ok = f.roles().add(migrant(f, fee("0", "jpy")));
        assertThat(ok.migrant().feeAmount()).isEqualByComparingTo("0");
        assertThat(ok.migrant().feeCurrency()).isEqualTo("JPY");
        RoleLink round = f.roles().add(f.link(f.luis.id(), CaseRole.SMUGGLED_MIGRANT).withMigrant(fee("20000.000", "USD")));
        assertThat(f.roles().get(round.id()).migrant().feeAmount().toPlainString()).isEqualTo("20000");
        assertThat(round.migrant().feeAmount().toString()).as("never in exponent form").isEqualTo("20000");
        RoleLink today = f.roles().add(victim(f, victim(TestServices.TODAY, 0, null, null, null, TestServices.TODAY)));
        assertThat(today.victim().ageWhenTrafficked()).isZero();
        RoleLink max = f.roles().add(suspect(f, suspect(LocalDate.of(1900, 1, 1), "CO", "l".repeat(120), null, null, null)));
        assertThat(max.suspect().arrestLocality()).hasSize(120);
    }

    @Test
    void unknownCodesAreRefusedWhenRead() {
        assertThat(RoleCodes.parse("traffickingStatus", TraffickingStatus.class, " ActualVictimOfTrafficking "))
                .isEqualTo(TraffickingStatus.ActualVictimOfTrafficking);
        assertThat(RoleCodes.parse("traffickingStatus", TraffickingStatus.class, " ")).isNull();
        ValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> RoleCodes.parse("traffickingStatus", TraffickingStatus.class, "actualvictim"), ValidationException.class);
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.field()).isEqualTo("traffickingStatus");
            assertThat(err.key()).isEqualTo("error.role.unknownCode");
            assertThat(err.args()).containsExactly("actualvictim");
        });
        ValidationException several = org.assertj.core.api.Assertions.catchThrowableOfType(() -> RoleCodes.parseAll(
                "controlMethods", org.vigia.model.ControlMethod.class, java.util.List.of("DebtBondage", "Beating", "X")),
                ValidationException.class);
        assertThat(several.errors()).hasSize(2);
        assertThat(RoleCodes.parseAll("controlMethods", org.vigia.model.ControlMethod.class,
                java.util.List.of("DebtBondage", "", "FalsePromises"))).containsExactly(
                org.vigia.model.ControlMethod.DebtBondage, org.vigia.model.ControlMethod.FalsePromises);
    }
}
