package org.vigia.service.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.vigia.model.CaseFile;
import org.vigia.model.CasePerson;
import org.vigia.model.CaseRole;
import org.vigia.model.Guardian;
import org.vigia.model.ProtectionStatus;
import org.vigia.model.VictimProtection;
import org.vigia.service.protection.ProtectionService;
import org.vigia.service.roles.RoleService;

/**
 * Protection histories of the demo victims: every status represented, some follow-ups overdue,
 * some minors with a guardian and some without, a few corrected entries. A victim whose
 * protection was recorded already is left as it is, so a second run adds nothing.
 */
final class DemoProtection {
    private static final List<ProtectionStatus> TARGETS = List.of(
            ProtectionStatus.IDENTIFIED, ProtectionStatus.RESCUED, ProtectionStatus.RESCUED,
            ProtectionStatus.INTERVIEWED, ProtectionStatus.INTERVIEWED, ProtectionStatus.IN_CARE,
            ProtectionStatus.IN_CARE, ProtectionStatus.IN_CARE, ProtectionStatus.REFERRED, ProtectionStatus.REFERRED,
            ProtectionStatus.REPATRIATED, ProtectionStatus.RELEASED, ProtectionStatus.INTEGRATED,
            ProtectionStatus.OTHER);
    private static final List<String> NOTES = List.of("DEMO DATA - recorded by the field team",
            "DEMO DATA - statement taken with an interpreter", "DEMO DATA - placed with a partner NGO",
            "DEMO DATA - awaiting travel documents", "DEMO DATA - social services informed");
    private final RoleService roles;
    private final ProtectionService protection;

    DemoProtection(RoleService roles, ProtectionService protection) {
        this.roles = roles;
        this.protection = protection;
    }

    /** Records the histories of the victims of demo case {@code i}; returns how many victims got one. */
    int addTo(CaseFile kase, int i) {
        LocalDate today = protection.today();
        int done = 0;
        int v = 0;
        for (CasePerson p : roles.rolesInCase(kase.id())) {
            if (p.link().role() != CaseRole.VICTIM) {
                continue;
            }
            Random r = new Random(31_000L + 10L * i + v++);
            VictimProtection now = protection.get(p.link().id());
            if (now.version() != VictimProtection.NOT_RECORDED) {
                continue;
            }
            history(now, r, today);
            done++;
        }
        return done;
    }

    private void history(VictimProtection v, Random r, LocalDate today) {
        LocalDate start = v.statusOn();
        ProtectionStatus target = TARGETS.get(r.nextInt(TARGETS.size()));
        List<ProtectionStatus> path = path(target, r);
        long span = Math.max(0, ChronoUnit.DAYS.between(start, today));
        LocalDate last = start.plusDays(Math.max(0, span - 3 - r.nextInt(120)));
        VictimProtection at = v;
        for (int k = 0; k < path.size(); k++) {
            LocalDate day = path.size() == 1 ? last
                    : start.plusDays(ChronoUnit.DAYS.between(start, last) * k / (path.size() - 1));
            boolean lastEntry = k == path.size() - 1;
            LocalDate followUp = lastEntry && !path.get(k).isFinal() && r.nextInt(100) < 60
                    ? day.plusDays(7 + r.nextInt(150)) : null;
            at = protection.asOf(day).addEntry(at.linkId(), at.version(), path.get(k), day,
                    NOTES.get(r.nextInt(NOTES.size())), followUp);
        }
        if (!path.isEmpty() && path.size() > 1 && r.nextInt(100) < 8) {
            var effective = at.effective();
            var latest = effective.get(effective.size() - 1);
            LocalDate before = effective.get(effective.size() - 2).date();
            LocalDate fixed = latest.date().minusDays(2).isBefore(before) ? before : latest.date().minusDays(2);
            at = protection.asOf(latest.date()).correct(at.linkId(), at.version(), latest.id(), latest.status(),
                    fixed, latest.note(), "DEMO DATA - the date was mistyped at first");
        }
        if (at.priority() && r.nextInt(100) < 55) {
            protection.setGuardian(at.linkId(), at.version(), new Guardian("Defensoría de Familia (demo)",
                    "Child protection authority", "+57 601 000 0000 (demo)"));
        }
    }

    /** The statuses a victim went through up to {@code target}, a step or two skipped at times. */
    private static List<ProtectionStatus> path(ProtectionStatus target, Random r) {
        List<ProtectionStatus> path = new ArrayList<>();
        if (target == ProtectionStatus.IDENTIFIED) {
            if (r.nextBoolean()) {
                path.add(ProtectionStatus.IDENTIFIED);
            }
            return path;
        }
        path.add(r.nextInt(100) < 30 ? ProtectionStatus.IDENTIFIED : ProtectionStatus.RESCUED);
        if (path.get(0) == ProtectionStatus.IDENTIFIED && target != ProtectionStatus.RESCUED && r.nextBoolean()) {
            path.add(ProtectionStatus.RESCUED);
        } else if (target == ProtectionStatus.RESCUED && path.get(0) != ProtectionStatus.RESCUED) {
            path.add(ProtectionStatus.RESCUED);
        }
        for (ProtectionStatus s : List.of(ProtectionStatus.INTERVIEWED, ProtectionStatus.IN_CARE,
                ProtectionStatus.REFERRED)) {
            if (s.ordinal() < target.ordinal() && r.nextInt(100) < 75) {
                path.add(s);
            }
        }
        if (target == ProtectionStatus.IN_CARE && path.get(path.size() - 1) != ProtectionStatus.REFERRED
                && r.nextInt(100) < 25) {
            path.add(ProtectionStatus.REFERRED); // referred, then back in care
        }
        if (path.get(path.size() - 1) != target) {
            path.add(target);
        }
        return path;
    }
}
