package org.vigia.service.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import java.util.Random;
import java.util.Set;

import org.vigia.model.CaseFile;
import org.vigia.model.CaseStatus;
import org.vigia.model.OffenceType;
import org.vigia.model.Operation;
import org.vigia.model.Site;
import org.vigia.service.ServiceContext;
import org.vigia.service.cases.CaseService;
import org.vigia.service.operations.OperationService;
import org.vigia.service.site.SiteService;

/**
 * A clearly labelled demo data set built on public facts (Turquesa IV, Libertad): two
 * operations and a few hundred fictitious cases with their suspects, victims (with their protection
 * histories) and migrants, and what was seized in some. Idempotent: each item is looked up by its code
 * or number first, so running it again adds nothing and finishes an interrupted run.
 */
public final class DemoService {
    public static final int CASES = 300;
    public static final String DEMO_OFFICE_CODE = "CO-BOG";
    public static final String DEMO_OFFICE_NAME = "Oficina DEMO Bogotá";

    private final ServiceContext ctx;
    private final SiteService sites;
    private final OperationService operations;
    private final CaseService cases;
    private final DemoPeople people;
    private final DemoProtection protection;
    private final DemoCare care;
    private final DemoCheckpoints checkpoints;
    private final org.vigia.service.roles.RoleService roles;

    public record Result(int operationsCreated, int casesCreated, int casesSkipped, int rolesLinked) {
    }

    public DemoService(ServiceContext ctx, SiteService sites, OperationService operations, CaseService cases,
                       org.vigia.service.persons.PersonService persons, org.vigia.service.roles.RoleService roles,
                       org.vigia.service.evidence.SeizureService seizures,
                       org.vigia.service.protection.ProtectionService protection,
                       org.vigia.service.care.CareServices care, DemoCheckpoints checkpoints) {
        this.ctx = ctx;
        this.sites = sites;
        this.operations = operations;
        this.cases = cases;
        this.people = new DemoPeople(persons, roles, seizures);
        this.protection = new DemoProtection(roles, protection);
        this.care = new DemoCare(ctx, care);
        this.roles = roles;
        this.checkpoints = checkpoints;
    }

    /** Loads the demo set; {@code progress} receives (done, total) after each case. */
    public Result load(java.util.function.BiConsumer<Integer, Integer> progress) {
        Site site = sites.loadLocal().orElseThrow(() -> new org.vigia.model.VigiaException("error.site.notSetUp"));
        int opsCreated = 0;
        Operation turquesa = find(DemoFacts.TURQUESA_IV.code());
        if (turquesa == null) {
            turquesa = operations.save(DemoFacts.TURQUESA_IV);
            opsCreated++;
        }
        Operation libertad = find(DemoFacts.LIBERTAD.code());
        if (libertad == null) {
            libertad = operations.save(DemoFacts.LIBERTAD);
            opsCreated++;
        }
        Random random = new Random(20221128L);
        int created = 0;
        int skipped = 0;
        int linked = 0;
        for (int i = 1; i <= CASES; i++) {
            CaseFile draft = demoCase(i, random, site, turquesa, libertad);
            CaseFile kase = null;
            if (cases.numberTaken(draft.number())) {
                skipped++;
                kase = cases.byNumber(draft.number()).orElse(null); // a deleted demo case stays deleted
            } else {
                kase = cases.create(draft);
                created++;
            }
            if (kase != null) {
                linked += people.addTo(kase, i);
                protection.addTo(kase, i);
                care.addTo(roles.rolesInCase(kase.id()).stream()
                        .filter(p -> p.link().role() == org.vigia.model.CaseRole.VICTIM)
                        .map(p -> p.link().id()).toList());
            }
            progress.accept(i, CASES);
        }
        checkpoints.addTo(turquesa);
        return new Result(opsCreated, created, skipped, linked);
    }

    private Operation find(String code) {
        return operations.list().stream().filter(o -> o.code().equalsIgnoreCase(code)).findFirst().orElse(null);
    }

    private CaseFile demoCase(int i, Random r, Site site, Operation turquesa, Operation libertad) {
        int pick = r.nextInt(100);
        Operation op = pick < 65 ? turquesa : pick < 92 ? libertad : null;
        List<String> countries = op == null ? List.of(site.country()) : op.countries();
        String country = r.nextInt(100) < 45 && countries.contains(site.country())
                ? site.country() : countries.get(r.nextInt(countries.size()));
        LocalDate opened = op == null
                ? LocalDate.of(2023, 1, 1).plusDays(r.nextInt(600))
                : op.startDate().plusDays(r.nextInt((int) (op.endDate().toEpochDay() - op.startDate().toEpochDay()) + 1));
        OffenceType main = DemoFacts.OFFENCE_MIX.get(r.nextInt(DemoFacts.OFFENCE_MIX.size()));
        Set<OffenceType> offences = EnumSet.of(main);
        if (r.nextInt(100) < 30) {
            offences.add(OffenceType.DocumentFraud);
        }
        if (main == OffenceType.HumanTrafficking && r.nextInt(100) < 35) {
            offences.add(r.nextBoolean() ? OffenceType.SexualOffence : OffenceType.ForcedLabour);
        }
        CaseStatus status = DemoFacts.STATUS_MIX.get(r.nextInt(DemoFacts.STATUS_MIX.size()));
        String place = DemoFacts.place(country, r);
        String[] elements = DemoFacts.elements(main);
        String title = DemoFacts.title(main, r);
        String number = String.format(java.util.Locale.ROOT, "%s-DEMO-%05d", site.officeCode(), i);
        String lead = DemoFacts.INVESTIGATORS.get(r.nextInt(DemoFacts.INVESTIGATORS.size()));
        String narrative = "DEMO DATA - fictitious case for training and screenshots. "
                + DemoFacts.narrative(main, place);
        return new CaseFile(null, 0, number, title, op == null ? null : op.id(), offences, status,
                lead, opened, country, place, narrative, elements[0], elements[1], elements[2],
                null, null);
    }

}
