package org.vigia.service.checkpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.service.checkpoints.CheckpointFixture.point;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigia.l10n.Messages;
import org.vigia.model.ConflictException;
import org.vigia.model.TransitPoint;
import org.vigia.model.TransitPointQuery;
import org.vigia.model.TransitPointType;
import org.vigia.model.ValidationException;
import org.vigia.testing.Refusals;
import org.vigia.testing.TestServices;

class TransitPointServiceTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);
    private static final Messages ES = new Messages(Locale.forLanguageTag("es"));
    private final TestServices t = TestServices.withOffice();
    private final CheckpointFixture f = new CheckpointFixture(t);

    @AfterEach
    void close() {
        t.close();
    }

    private static TransitPoint with(TransitPoint p, String name, String country, BigDecimal lat, BigDecimal lon) {
        return new TransitPoint(p.id(), p.version(), p.type(), name, country, p.locality(), lat, lon);
    }

    @Test
    void aPointRoundTripsTrimmedWithItsCoordinates() {
        TransitPoint saved = f.points.add(with(point(TransitPointType.AIRPORT, " El Dorado ", "co"),
                " El Dorado ", " co ", new BigDecimal("4.7016"), new BigDecimal("-74.1469")));
        assertThat(saved.name()).isEqualTo("El Dorado");
        assertThat(saved.country()).isEqualTo("CO");
        assertThat(saved.latitude()).isEqualByComparingTo("4.7016");
        assertThat(f.points.get(saved.id())).isEqualTo(saved);
    }

    @Test
    void theListIsPagedAndFilteredByTypeCountryAndName() {
        f.points.add(point(TransitPointType.AIRPORT, "El Dorado", "CO"));
        f.points.add(point(TransitPointType.NIGHT_CLUB, "La Estrella", "CO"));
        f.points.add(point(TransitPointType.AIRPORT, "Jorge Chávez", "PE"));
        assertThat(f.points.count(TransitPointQuery.all())).isEqualTo(4);
        assertThat(f.points.list(TransitPointQuery.all(), 0, 2)).extracting(TransitPoint::name)
                .containsExactly("El Dorado", "Jorge Chávez");
        assertThat(f.points.list(TransitPointQuery.all(), 2, 2)).extracting(TransitPoint::name)
                .containsExactly("La Estrella", "Puerto Leguízamo river post");
        assertThat(f.points.list(new TransitPointQuery(TransitPointType.AIRPORT, "pe", null), 0, 10))
                .extracting(TransitPoint::name).containsExactly("Jorge Chávez");
        assertThat(f.points.list(new TransitPointQuery(null, null, "jorge cha"), 0, 10)).hasSize(1);
        assertThat(f.points.count(new TransitPointQuery(null, "CO", "puerto"))).isEqualTo(1);
    }

    @Test
    void aDuplicateOfTypeCountryAndFoldedNameIsRefused() {
        ValidationException e = Refusals.validation(t, () -> f.points.add(
                point(TransitPointType.RIVER, "PUERTO LEGUIZAMO river post", "co")));
        assertThat(Refusals.onlyErrorKey(e, "pointName")).isEqualTo("checkpoint.error.duplicatePoint");
        assertThat(EN.fieldError(e.errors().get(0))).contains("already exists");
        assertThat(ES.fieldError(e.errors().get(0))).contains("ya existe");
        // another type, or another country, is another point
        f.points.add(point(TransitPointType.SEAPORT, "Puerto Leguízamo river post", "CO"));
        f.points.add(point(TransitPointType.RIVER, "Puerto Leguízamo river post", "PE"));
    }

    @Test
    void badInputIsRefusedWithLocalizedMessagesAndChangesNothing() {
        TransitPoint base = point(TransitPointType.BAR, "Bar X", "CO");
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> f.points.add(with(base, "  ", "CO", null, null))),
                "pointName")).isEqualTo("validation.required");
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> f.points.add(with(base, "x".repeat(201), "CO",
                null, null))), "pointName")).isEqualTo("validation.tooLong");
        ValidationException country = Refusals.validation(t, () -> f.points.add(with(base, "Bar X", "XX", null, null)));
        assertThat(Refusals.onlyErrorKey(country, "country")).isEqualTo("validation.unknownCountry");
        assertThat(ES.fieldError(country.errors().get(0))).isEqualTo("código de país desconocido \"XX\"");
        ValidationException lat = Refusals.validation(t, () -> f.points.add(with(base, "Bar X", "CO",
                new BigDecimal("91"), new BigDecimal("10"))));
        assertThat(Refusals.onlyErrorKey(lat, "latitude")).isEqualTo("checkpoint.error.coordinateRange");
        assertThat(EN.fieldError(lat.errors().get(0))).isEqualTo("must be between -90 and 90");
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> f.points.add(with(base, "Bar X", "CO",
                null, new BigDecimal("10")))), "latitude")).isEqualTo("checkpoint.error.coordinatesPair");
        ValidationException type = Refusals.validation(t, () -> f.points.add(new TransitPoint(null, 0, null, "Bar X",
                "CO", null, null, null)));
        assertThat(Refusals.onlyErrorKey(type, "pointType")).isEqualTo("validation.required");
    }

    @Test
    void updatesBumpTheVersionStaleOnesAreRefusedAndRemovalIsATombstone() {
        TransitPoint changed = f.points.update(with(f.point, "Leguízamo pier", "CO", null, null));
        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.latitude()).isNull();
        Refusals.refused(t, () -> f.points.update(with(f.point, "Old", "CO", null, null)), ConflictException.class);
        Refusals.refused(t, () -> f.points.remove(f.point.id(), 0), ConflictException.class);
        f.points.remove(changed.id(), 1);
        assertThat(f.points.count(TransitPointQuery.all())).isZero();
        assertThat(t.snapshot().rows("TRANSIT_POINT")).isEqualTo(1);
        // the name is free again once the point is removed
        f.points.add(point(TransitPointType.RIVER, "Leguízamo pier", "CO"));
    }

    @Test
    void auditSummariesNameIdsNotPlaces() {
        assertThat(t.audit().count()).isPositive();
        var last = t.dsl().fetch("select summary from audit_event where action = 'TRANSIT_POINT_ADD'");
        assertThat(last).isNotEmpty();
        assertThat(last.get(0).get(0, String.class)).contains(f.point.id().toString()).doesNotContain("Leguízamo");
    }
}
