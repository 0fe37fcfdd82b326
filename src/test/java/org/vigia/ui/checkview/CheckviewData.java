package org.vigia.ui.checkview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.vigia.app.AppServices;
import org.vigia.testing.CheckpointFixture;
import org.vigia.ui.UiFixtures;

/** A small checkpoint data set inside the default range of the area (the 30 days to 25 Nov 2026). */
final class CheckviewData {
    final UUID operation;
    final UUID river;
    final UUID airport;
    final UUID riverControl;
    final UUID airportControl;
    final UUID migrantCheck;
    final UUID lateHit;
    final UUID openHit;

    CheckviewData(AppServices s) {
        CheckpointFixture f = new CheckpointFixture(s);
        operation = UiFixtures.operation(s, "RIO-1").id();
        river = f.point("RIVER", "Puerto Leguízamo pier", "CO", "Puerto Leguízamo");
        airport = f.point("AIRPORT", "El Dorado", "CO", "Bogotá");
        riverControl = f.control(operation, river, Instant.parse("2026-11-20T06:00:00Z"), Instant.parse("2026-11-20T14:00:00Z"));
        migrantCheck = f.check(riverControl, Instant.parse("2026-11-20T07:00:00Z"))
                .person("María José", "Pérez Gil", LocalDate.of(1990, 1, 2), "Feminine", "VE", false)
                .document("VE-123456", "Passport", "VE").outcome("NO_HIT", "IRREGULAR_MIGRANT").save();
        f.check(riverControl, Instant.parse("2026-11-20T07:05:00Z"))
                .person("Ana", "Gil", LocalDate.of(2010, 5, 5), "Feminine", "VE", true).outcome("NO_HIT", "IRREGULAR_MIGRANT").save();
        UUID wanted = f.check(riverControl, Instant.parse("2026-11-20T08:00:00Z"))
                .person("Jorge", "Vela", LocalDate.of(1975, 6, 6), "Masculine", "CO", false)
                .outcome("HIT_CONFIRMED", "SUSPECT_ARRESTED").save();
        f.tally(riverControl, 850, 400, 0);
        airportControl = f.control(operation, airport, Instant.parse("2026-11-22T08:00:00Z"), Instant.parse("2026-11-22T16:00:00Z"));
        UUID doc = f.check(airportControl, Instant.parse("2026-11-22T09:00:00Z")).document("P77", "Passport", "VE").save();
        UUID persons = f.listVersion("Red notices", "PERSONS", "2026.4", LocalDate.of(2026, 11, 1));
        UUID docs = f.listVersion("SLTD copy", "DOCUMENTS", "41", LocalDate.of(2026, 11, 23));
        openHit = f.personHit(wanted, persons, "Jorge", "Vela", LocalDate.of(1975, 6, 6), false, "OPEN");
        lateHit = f.documentHit(doc, docs, "P77", "Passport", "VE", true, "OPEN");
    }
}
