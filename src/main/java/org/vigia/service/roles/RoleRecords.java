package org.vigia.service.roles;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.vigia.db.schema.tables.records.CaseRoleRecord;
import org.vigia.model.ArrestStatus;
import org.vigia.model.CaseRole;
import org.vigia.model.ControlMethod;
import org.vigia.model.DecidingOrganization;
import org.vigia.model.ExploitationType;
import org.vigia.model.LabourIndustry;
import org.vigia.model.MigrantDetails;
import org.vigia.model.NoticeColour;
import org.vigia.model.OffenceType;
import org.vigia.model.PerpetratorRole;
import org.vigia.model.RecruitmentMethod;
import org.vigia.model.RoleLink;
import org.vigia.model.SexualExploitationType;
import org.vigia.model.SuspectDetails;
import org.vigia.model.TraffickerRelationship;
import org.vigia.model.TraffickingStatus;
import org.vigia.model.VictimDetails;

/** Between role links and their rows: trimming, code case and code columns in one place. */
final class RoleRecords {
    private RoleRecords() {
    }

    static RoleLink normalise(RoleLink l) {
        SuspectDetails s = l.suspect() == null ? null : new SuspectDetails(l.suspect().arrestStatus(),
                l.suspect().arrestedOn(), upper(l.suspect().arrestCountry()), line(l.suspect().arrestLocality()),
                l.suspect().charges(), l.suspect().processRoles(), line(l.suspect().criminalGroup()),
                l.suspect().notice(), line(l.suspect().noticeReference()), upper(l.suspect().wantedBy()));
        VictimDetails v = l.victim() == null ? null : new VictimDetails(l.victim().status(), l.victim().decidedBy(),
                l.victim().decidedOn(), l.victim().relationship(), l.victim().ageWhenTrafficked(),
                l.victim().recruitment(), text(l.victim().recruitmentPlatforms()), l.victim().control(),
                l.victim().exploitation(), l.victim().labourIndustry(), l.victim().sexualExploitation(),
                line(l.victim().identifiedBy()), line(l.victim().identifiedAt()), l.victim().identifiedOn());
        MigrantDetails m = l.migrant() == null ? null : new MigrantDetails(upper(l.migrant().detectedCountry()),
                line(l.migrant().detectedPlace()), l.migrant().detectedOn(),
                plain(l.migrant().feeAmount()),
                upper(l.migrant().feeCurrency()), upper(l.migrant().destinationCountry()));
        return new RoleLink(l.id(), l.version(), l.caseId(), l.personId(), l.role(), text(l.note()), s, v, m, null,
                null, null);
    }

    /** Every column but the stamps, the case and the person. */
    static void fill(CaseRoleRecord r, RoleLink l) {
        r.setRole(l.role().name());
        r.setNote(l.note());
        SuspectDetails s = l.suspect() == null ? new SuspectDetails(null, null, null, null, null, null, null, null,
                null, null) : l.suspect();
        r.setArrestStatus(name(s.arrestStatus()));
        r.setArrestedOn(s.arrestedOn());
        r.setArrestCountry(s.arrestCountry());
        r.setArrestLocality(s.arrestLocality());
        r.setCharges(names(s.charges()));
        r.setProcessRoles(names(s.processRoles()));
        r.setCriminalGroup(s.criminalGroup());
        r.setNoticeColour(name(s.notice()));
        r.setNoticeReference(s.noticeReference());
        r.setWantedBy(s.wantedBy());
        VictimDetails v = l.victim() == null ? VictimDetails.status(null, null, null) : l.victim();
        r.setTraffickingStatus(name(v.status()));
        r.setStatusDecidedBy(name(v.decidedBy()));
        r.setStatusDecidedOn(v.decidedOn());
        r.setTraffickerRelationship(name(v.relationship()));
        r.setAgeTrafficked(v.ageWhenTrafficked());
        r.setRecruitmentMethods(names(v.recruitment()));
        r.setRecruitmentPlatforms(v.recruitmentPlatforms());
        r.setControlMethods(names(v.control()));
        r.setExploitationTypes(names(v.exploitation()));
        r.setLabourIndustry(name(v.labourIndustry()));
        r.setSexualExploitation(name(v.sexualExploitation()));
        r.setIdentifiedBy(v.identifiedBy());
        r.setIdentifiedAt(v.identifiedAt());
        r.setIdentifiedOn(v.identifiedOn());
        MigrantDetails m = l.migrant() == null ? new MigrantDetails(null, null, null, null, null, null) : l.migrant();
        r.setDetectedCountry(m.detectedCountry());
        r.setDetectedPlace(m.detectedPlace());
        r.setDetectedOn(m.detectedOn());
        r.setFeeAmount(m.feeAmount());
        r.setFeeCurrency(m.feeCurrency());
        r.setDestinationCountry(m.destinationCountry());
    }

    static RoleLink toModel(CaseRoleRecord r, Boolean minor) {
        CaseRole role = CaseRole.valueOf(r.getRole());
        return new RoleLink(r.getId(), r.getVersion(), r.getCaseId(), r.getPersonId(), role, r.getNote(),
                suspect(r, role), victim(r, role), migrant(r, role), minor, r.getUpdatedAt().toInstant(),
                r.getUpdatedBy());
    }

    private static SuspectDetails suspect(CaseRoleRecord r, CaseRole role) {
        if (role != CaseRole.SUSPECT && !any(r.getArrestStatus(), r.getArrestedOn(), r.getArrestCountry(),
                r.getArrestLocality(), empty(r.getCharges()), empty(r.getProcessRoles()), r.getCriminalGroup(),
                r.getNoticeColour(), r.getNoticeReference(), r.getWantedBy())) {
            return null;
        }
        return new SuspectDetails(code(ArrestStatus.class, r.getArrestStatus()), r.getArrestedOn(),
                r.getArrestCountry(), r.getArrestLocality(), codes(OffenceType.class, r.getCharges()),
                codes(PerpetratorRole.class, r.getProcessRoles()), r.getCriminalGroup(),
                code(NoticeColour.class, r.getNoticeColour()), r.getNoticeReference(), r.getWantedBy());
    }

    private static VictimDetails victim(CaseRoleRecord r, CaseRole role) {
        if (role != CaseRole.VICTIM && !any(r.getTraffickingStatus(), r.getStatusDecidedBy(), r.getStatusDecidedOn(),
                r.getTraffickerRelationship(), r.getAgeTrafficked(), empty(r.getRecruitmentMethods()),
                r.getRecruitmentPlatforms(), empty(r.getControlMethods()), empty(r.getExploitationTypes()),
                r.getLabourIndustry(), r.getSexualExploitation(), r.getIdentifiedBy(), r.getIdentifiedAt(),
                r.getIdentifiedOn())) {
            return null;
        }
        return new VictimDetails(code(TraffickingStatus.class, r.getTraffickingStatus()),
                code(DecidingOrganization.class, r.getStatusDecidedBy()), r.getStatusDecidedOn(),
                code(TraffickerRelationship.class, r.getTraffickerRelationship()), r.getAgeTrafficked(),
                codes(RecruitmentMethod.class, r.getRecruitmentMethods()), r.getRecruitmentPlatforms(),
                codes(ControlMethod.class, r.getControlMethods()), codes(ExploitationType.class, r.getExploitationTypes()),
                code(LabourIndustry.class, r.getLabourIndustry()),
                code(SexualExploitationType.class, r.getSexualExploitation()), r.getIdentifiedBy(), r.getIdentifiedAt(),
                r.getIdentifiedOn());
    }

    private static MigrantDetails migrant(CaseRoleRecord r, CaseRole role) {
        if (role != CaseRole.SMUGGLED_MIGRANT && !any(r.getDetectedCountry(), r.getDetectedPlace(), r.getDetectedOn(),
                r.getFeeAmount(), r.getFeeCurrency(), r.getDestinationCountry())) {
            return null;
        }
        return new MigrantDetails(r.getDetectedCountry(), r.getDetectedPlace(), r.getDetectedOn(),
                plain(r.getFeeAmount()), r.getFeeCurrency(),
                r.getDestinationCountry());
    }

    /** An amount without trailing zeros, and never in exponent form (2700, not 2.7E+3). */
    static java.math.BigDecimal plain(java.math.BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        java.math.BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static <E extends Enum<E>> E code(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    static <E extends Enum<E>> Set<E> codes(Class<E> type, String[] names) {
        if (names == null || names.length == 0) {
            return Set.of();
        }
        return Arrays.stream(names).map(n -> Enum.valueOf(type, n))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    /** Codes in their declared order, or null when there are none. */
    private static String[] names(Collection<? extends Enum<?>> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return values.stream().sorted((a, b) -> Integer.compare(a.ordinal(), b.ordinal())).map(Enum::name)
                .toArray(String[]::new);
    }

    private static Object empty(String[] a) {
        return a == null || a.length == 0 ? null : a;
    }

    private static boolean any(Object... values) {
        return Arrays.stream(values).anyMatch(v -> v != null);
    }

    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    private static String line(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.stripTrailing();
    }
}
