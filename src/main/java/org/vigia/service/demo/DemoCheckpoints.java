package org.vigia.service.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.vigia.model.BorderCheck;
import org.vigia.model.CheckAction;
import org.vigia.model.CheckConveyance;
import org.vigia.model.CheckDirection;
import org.vigia.model.CheckTally;
import org.vigia.model.CheckpointControl;
import org.vigia.model.DocumentType;
import org.vigia.model.Gender;
import org.vigia.model.Operation;
import org.vigia.model.TransitPoint;
import org.vigia.model.TransitPointQuery;
import org.vigia.model.TravelPurpose;
import org.vigia.model.TransitPointType;
import org.vigia.service.checkpoints.CheckService;
import org.vigia.service.checkpoints.ControlService;
import org.vigia.service.checkpoints.TallyService;
import org.vigia.service.checkpoints.TransitPointService;
import org.vigia.service.imports.ImportListener;
import org.vigia.service.watchlists.WatchListService;

/**
 * The demo's border work: two small fictitious watch lists, three transit points of Turquesa IV
 * (an airport, a river post, a bus terminal), one day control at each with counted checks (a few
 * of them hits, irregular migrants, a victim identified, an arrest) and a tally. Checks go through
 * the real services, so they are matched against the demo lists as an officer's would be. Loaded
 * once: a second run finds the demo points and adds nothing.
 */
public final class DemoCheckpoints {
    static final String FIRST_POINT = "El Dorado international airport (demo)";
    private static final String[][] POINTS = {
        {"AIRPORT", FIRST_POINT, "CO", "Bogotá", "4.7016", "-74.1469", "FLIGHT", "AV 205"},
        {"RIVER", "Puerto Leguízamo river post (demo)", "CO", "Puerto Leguízamo", "-0.1934", "-74.7819", "VESSEL",
            "Lancha Amazonas II"},
        {"BUS_TERMINAL", "Terminal del Norte, Cúcuta (demo)", "CO", "Cúcuta", "7.9063", "-72.5041", "BUS",
            "Expreso Bolivariano 318"},
    };
    private static final String[][] TRAVELLERS = {
        {"Ana Lucía", "Pérez Gil", "VE", "F"}, {"Carlos", "Rojas Mendoza", "CO", "M"},
        {"María José", "Quispe Huamán", "PE", "F"}, {"Luis", "Méndez Torres", "EC", "M"},
        {"Rosa", "Mamani Condori", "BO", "F"}, {"Jean", "Pierre Louis", "HT", "M"},
        {"Daniela", "Suárez León", "VE", "F"}, {"Kevin", "Alvarado Reyes", "HN", "M"},
        {"Wendy", "Castillo Ruiz", "DO", "F"}, {"José", "Ramírez Soto", "VE", "M"},
    };
    private static final String PERSONS_LIST = """
            list,Wanted persons (demo)
            kind,PERSONS
            version,2022.11
            date,2022-11-20
            source,DEMO DATA - fictitious national alerts
            family_names,given_names,birth_date,nationality,notice_type,notice_ref
            Rojas Mendoza,Carlos,1980-02-10,CO,Red,DEMO-A-1234/2022
            Alvarado Reyes,Kevin,1991-09-03,HN,National alert,DEMO-HN-0077
            """;
    private static final String DOCUMENTS_LIST = """
            list,Stolen and lost travel documents (demo)
            kind,DOCUMENTS
            version,2022.11.1
            date,2022-11-25
            source,DEMO DATA - fictitious document alerts
            number,type,country,reported_as
            VE7734521,Passport,VE,STOLEN
            DO4410022,Passport,DO,LOST
            """;

    private final TransitPointService points;
    private final ControlService controls;
    private final CheckService checks;
    private final TallyService tallies;
    private final WatchListService lists;

    public DemoCheckpoints(TransitPointService points, ControlService controls, CheckService checks, TallyService tallies,
                    WatchListService lists) {
        this.points = points;
        this.controls = controls;
        this.checks = checks;
        this.tallies = tallies;
        this.lists = lists;
    }

    /** Adds the demo's lists, points, controls, checks and tallies; returns the checks recorded (0 if present). */
    int addTo(Operation operation) {
        if (points.count(new TransitPointQuery(null, "CO", FIRST_POINT)) > 0) {
            return 0;
        }
        importList("persons", PERSONS_LIST);
        importList("documents", DOCUMENTS_LIST);
        Random r = new Random(20221129L);
        int recorded = 0;
        for (int p = 0; p < POINTS.length; p++) {
            String[] pt = POINTS[p];
            TransitPoint point = points.add(new TransitPoint(null, 0, TransitPointType.valueOf(pt[0]), pt[1], pt[2],
                    pt[3], new BigDecimal(pt[4]), new BigDecimal(pt[5])));
            LocalDate day = operation.startDate().plusDays(p + 1L);
            Instant start = day.atTime(11, 0).toInstant(ZoneOffset.UTC); // 06:00 in Colombia
            CheckpointControl control = controls.add(new CheckpointControl(null, 0, operation.id(), point.id(), start,
                    start.plus(Duration.ofHours(12)), "DEMO - Sgt. Rojas, Cpl. Díaz, Agt. Mena",
                    "DEMO DATA - day shift of the operation"));
            for (int i = 0; i < TRAVELLERS.length; i++) {
                checks.record(check(control.id(), start.plus(Duration.ofMinutes(20L + 37L * i)), TRAVELLERS[i], i, pt,
                        r));
                recorded++;
            }
            tallies.add(new CheckTally(null, 0, control.id(), 300 + 250 * p, 120 + 90 * p, 0,
                    "DEMO DATA - screened at the gate, counted only", null));
        }
        return recorded;
    }

    private BorderCheck check(java.util.UUID control, Instant at, String[] who, int i, String[] point, Random r) {
        LocalDate born = switch (who[1]) {
            case "Rojas Mendoza" -> LocalDate.of(1980, 2, 10); // on the demo wanted list
            case "Alvarado Reyes" -> LocalDate.of(1991, 9, 3);
            default -> LocalDate.of(1975 + r.nextInt(30), 1 + r.nextInt(12), 1 + r.nextInt(28));
        };
        if (i == 2) {
            born = LocalDate.of(2007, 5, 14); // a minor at the time of the operation
        }
        String doc = switch (who[2]) {
            case "VE" -> i == 0 ? "VE7734521" : "VE" + (5_000_000 + r.nextInt(4_000_000)); // the first on the list
            case "DO" -> "DO4410022";
            default -> who[2] + (1_000_000 + r.nextInt(8_000_000));
        };
        CheckAction action = switch (i) {
            case 0, 6, 9 -> CheckAction.IRREGULAR_MIGRANT;
            case 2 -> CheckAction.VICTIM_IDENTIFIED;
            case 1 -> CheckAction.SUSPECT_ARRESTED;
            case 8 -> CheckAction.REFERRED;
            default -> CheckAction.NONE;
        };
        CheckConveyance conveyance = CheckConveyance.valueOf(point[6]);
        return new BorderCheck(null, 0, control, at, null, who[0], who[1], born,
                "F".equals(who[3]) ? Gender.Feminine : Gender.Masculine, who[2], null, doc, DocumentType.Passport,
                who[2], i % 3 == 2 ? CheckDirection.EXIT : CheckDirection.ENTRY,
                List.of(TravelPurpose.TOURISM, TravelPurpose.WORK, TravelPurpose.FAMILY).get(i % 3), conveyance,
                point[7], null, null, null, action, "DEMO DATA");
    }

    private void importList(String name, String content) {
        try {
            Path file = Files.createTempFile("vigia-demo-" + name, ".csv");
            try {
                Files.writeString(file, content, StandardCharsets.UTF_8);
                lists.importList(file, ImportListener.NONE);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
