package org.vigia.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigia.model.Limits;
import org.vigia.model.Site;
import org.vigia.model.ValidationException;
import org.vigia.model.VigiaException;
import org.vigia.testing.Refusals;
import org.vigia.testing.TestServices;

class SiteServiceTest {
    private final TestServices t = TestServices.empty();

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void setUpCreatesTheLocalOfficeAndActsAsItsOperator() {
        assertThat(t.app().context().isSetUp()).isFalse();

        Site site = t.sites().setUp("  Oficina Bogotá ", " co ", "co-bog", " Ana Morales ");

        assertThat(site.name()).isEqualTo("Oficina Bogotá");
        assertThat(site.country()).isEqualTo("CO");
        assertThat(site.officeCode()).isEqualTo("CO-BOG");
        assertThat(site.operatorName()).isEqualTo("Ana Morales");
        assertThat(t.sites().loadLocal()).contains(site);
        assertThat(t.app().context().siteId()).isEqualTo(site.id());
        assertThat(t.snapshot().rows("SITE")).isEqualTo(1);

        assertThat(t.dsl().fetchCount(org.vigia.db.schema.Tables.AUDIT_EVENT)).isEqualTo(1);
        var e = t.dsl().selectFrom(org.vigia.db.schema.Tables.AUDIT_EVENT).fetchSingle();
        assertThat(e.getAction()).isEqualTo("SITE_SETUP");
        assertThat(e.getEntityId()).isEqualTo(site.id());
        assertThat(e.getSiteId()).isEqualTo(site.id());
        assertThat(e.getUserName()).isEqualTo("Ana Morales");
        assertThat(e.getOccurredAt().toInstant()).isEqualTo(TestServices.NOW);
    }

    @Test
    void aSecondSetUpIsRefusedAndChangesNothing() {
        Site first = t.setUpOffice();

        VigiaException e = Refusals.refused(t,
                () -> t.sites().setUp("Oficina Lima", "PE", "PE-LIM", "Luis Peña"), VigiaException.class);

        assertThat(e).isNotInstanceOf(ValidationException.class);
        assertThat(e.key()).isEqualTo("error.site.alreadySetUp");
        assertThat(t.sites().loadLocal()).contains(first);
        assertThat(t.app().context().siteId()).isEqualTo(first.id());
    }

    static Stream<Arguments> badInput() {
        String ok = "Oficina Bogotá";
        return Stream.of(
                Arguments.of("", "CO", "CO-BOG", "Ana", "officeName", "validation.required"),
                Arguments.of("   ", "CO", "CO-BOG", "Ana", "officeName", "validation.required"),
                Arguments.of(null, "CO", "CO-BOG", "Ana", "officeName", "validation.required"),
                Arguments.of("x".repeat(Limits.OFFICE_NAME + 1), "CO", "CO-BOG", "Ana", "officeName", "validation.tooLong"),
                Arguments.of("Oficina\u0007Bogotá", "CO", "CO-BOG", "Ana", "officeName", "validation.controlChars"),
                Arguments.of("Oficina\nBogotá", "CO", "CO-BOG", "Ana", "officeName", "validation.controlChars"),
                Arguments.of(ok, "", "CO-BOG", "Ana", "country", "validation.required"),
                Arguments.of(ok, null, "CO-BOG", "Ana", "country", "validation.required"),
                Arguments.of(ok, "QQ", "CO-BOG", "Ana", "country", "validation.unknownCountry"),
                Arguments.of(ok, "COL", "CO-BOG", "Ana", "country", "validation.unknownCountry"),
                Arguments.of(ok, "C\u0000", "CO-BOG", "Ana", "country", "validation.unknownCountry"),
                Arguments.of(ok, "CO", "", "Ana", "officeCode", "validation.required"),
                Arguments.of(ok, "CO", null, "Ana", "officeCode", "validation.required"),
                Arguments.of(ok, "CO", "CO-ABCDEFGHIJ", "Ana", "officeCode", "validation.tooLong"),
                Arguments.of(ok, "CO", "COBOG", "Ana", "officeCode", "validation.malformed"),
                Arguments.of(ok, "CO", "CO-B", "Ana", "officeCode", "validation.malformed"),
                Arguments.of(ok, "CO", "CO_BOG", "Ana", "officeCode", "validation.malformed"),
                Arguments.of(ok, "CO", "CO-BO G", "Ana", "officeCode", "validation.malformed"),
                Arguments.of(ok, "CO", "CO-BOGOTÁ", "Ana", "officeCode", "validation.malformed"),
                Arguments.of(ok, "CO", "CO-ABCDEFGH9", "Ana", "officeCode", "validation.malformed"),
                Arguments.of(ok, "CO", "CO-BOG\u0000", "Ana", "officeCode", "validation.controlChars"),
                Arguments.of(ok, "CO", "PE-LIM", "Ana", "officeCode", "validation.officeCodeCountry"),
                Arguments.of(ok, "CO", "COL-BOG", "Ana", "officeCode", "validation.malformed"),
                Arguments.of(ok, "CO", "CO-BOG", "", "operator", "validation.required"),
                Arguments.of(ok, "CO", "CO-BOG", null, "operator", "validation.required"),
                Arguments.of(ok, "CO", "CO-BOG", "a".repeat(Limits.PERSON_NAME + 1), "operator", "validation.tooLong"),
                Arguments.of(ok, "CO", "CO-BOG", "Ana\tMorales", "operator", "validation.controlChars"),
                Arguments.of(ok, "CO", "CO-BOG", "Ana\u001bMorales", "operator", "validation.controlChars"));
    }

    @ParameterizedTest(name = "[{index}] {4}: {5}")
    @MethodSource("badInput")
    void badInputIsRefusedOnItsFieldAndNothingIsWritten(String name, String country, String code,
                                                       String operator, String field, String key) {
        ValidationException e = Refusals.validation(t, () -> t.sites().setUp(name, country, code, operator));

        assertThat(Refusals.onlyErrorKey(e, field)).isEqualTo(key);
        assertThat(t.app().context().isSetUp()).isFalse();
        assertThat(t.sites().loadLocal()).isEmpty();
        assertThat(t.dsl().fetchCount(org.vigia.db.schema.Tables.AUDIT_EVENT)).isZero();
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        ValidationException e = Refusals.validation(t, () -> t.sites().setUp("", "QQ", "x", " "));

        assertThat(Refusals.fields(e)).containsExactly("officeName", "country", "officeCode", "operator");
    }

    @Test
    void valuesAtTheLimitsAreAccepted() {
        String name = "n".repeat(Limits.OFFICE_NAME);
        String operator = "o".repeat(Limits.PERSON_NAME);

        Site site = t.sites().setUp(name, "BR", "BR-ABCDEFG9", operator);

        assertThat(t.sites().loadLocal()).contains(site);
        assertThat(site.officeCode()).isEqualTo("BR-ABCDEFG9");
    }
}
