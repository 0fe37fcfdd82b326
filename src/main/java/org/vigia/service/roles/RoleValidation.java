package org.vigia.service.roles;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;
import org.vigia.model.CaseRole;
import org.vigia.model.Classification;
import org.vigia.model.DecidingOrganization;
import org.vigia.model.Limits;
import org.vigia.model.MigrantDetails;
import org.vigia.model.RoleLink;
import org.vigia.model.SuspectDetails;
import org.vigia.model.VictimDetails;
import org.vigia.service.Checks;

/** The rules of a role link's fields and of a reclassification: every refusal names its field. */
final class RoleValidation {
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private RoleValidation() {
    }

    static void validate(RoleLink l, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Checks c = new Checks();
        if (l.caseId() == null) {
            c.add("caseId", "validation.required");
        }
        if (l.personId() == null) {
            c.add("personId", "validation.required");
        }
        if (l.role() == null) {
            c.add("role", "validation.required");
        }
        c.optionalText("note", l.note(), Limits.ROLE_NOTE);
        if (l.role() != null) {
            boolean victimOrMigrant = l.role() == CaseRole.VICTIM || l.role() == CaseRole.SMUGGLED_MIGRANT;
            if ((l.suspect() != null && l.role() != CaseRole.SUSPECT)
                    || (l.victim() != null && !victimOrMigrant) || (l.migrant() != null && !victimOrMigrant)) {
                c.add("role", "error.role.detailsNotForRole");
            }
            if (l.role() == CaseRole.SMUGGLED_MIGRANT && l.victim() != null && l.victim().status() != null) {
                c.add("traffickingStatus", "error.role.migrantStatus");
            }
        }
        if (l.suspect() != null) {
            suspect(c, l.suspect(), today);
        }
        if (l.victim() != null) {
            victim(c, l.victim(), today);
        }
        if (l.migrant() != null) {
            migrant(c, l.migrant(), today);
        }
        c.throwIfAny();
    }

    private static void suspect(Checks c, SuspectDetails s, LocalDate today) {
        pastDate(c, "arrestedOn", s.arrestedOn(), today);
        optionalCountry(c, "arrestCountry", s.arrestCountry());
        c.optionalLine("arrestLocality", s.arrestLocality(), Limits.LOCALITY);
        c.optionalLine("criminalGroup", s.criminalGroup(), Limits.CRIMINAL_GROUP);
        c.optionalLine("noticeReference", s.noticeReference(), Limits.NOTICE_REFERENCE);
        if (s.noticeReference() != null && s.notice() == null) {
            c.add("notice", "validation.required");
        }
        optionalCountry(c, "wantedBy", s.wantedBy());
    }

    private static void victim(Checks c, VictimDetails v, LocalDate today) {
        if (v.status() == null) {
            if (v.decidedBy() != null || v.decidedOn() != null) {
                c.add("traffickingStatus", "validation.required");
            }
        } else {
            if (v.decidedBy() == null) {
                c.add("decidedBy", "validation.required");
            }
            if (v.decidedOn() == null) {
                c.add("decidedOn", "validation.required");
            }
        }
        pastDate(c, "decidedOn", v.decidedOn(), today);
        if (v.ageWhenTrafficked() != null && (v.ageWhenTrafficked() < 0 || v.ageWhenTrafficked() > Limits.MAX_AGE)) {
            c.add("ageWhenTrafficked", "validation.ageRange", Limits.MAX_AGE);
        }
        c.optionalText("recruitmentPlatforms", v.recruitmentPlatforms(), Limits.RECRUITMENT_PLATFORMS);
        c.optionalLine("identifiedBy", v.identifiedBy(), Limits.IDENTIFIED_BY);
        c.optionalLine("identifiedAt", v.identifiedAt(), Limits.IDENTIFIED_AT);
        pastDate(c, "identifiedOn", v.identifiedOn(), today);
    }

    private static void migrant(Checks c, MigrantDetails m, LocalDate today) {
        optionalCountry(c, "detectedCountry", m.detectedCountry());
        c.optionalLine("detectedPlace", m.detectedPlace(), Limits.LOCALITY);
        pastDate(c, "detectedOn", m.detectedOn(), today);
        BigDecimal fee = m.feeAmount();
        if (fee != null) {
            if (fee.signum() < 0 || fee.compareTo(BigDecimal.valueOf(Limits.MAX_FEE)) >= 0) {
                c.add("feeAmount", "error.role.feeRange", Limits.MAX_FEE);
            } else if (fee.stripTrailingZeros().scale() > Limits.FEE_DECIMALS) {
                c.add("feeAmount", "error.role.feeDecimals", Limits.FEE_DECIMALS);
            }
            if (m.feeCurrency() == null) {
                c.add("feeCurrency", "validation.required");
            }
        } else if (m.feeCurrency() != null) {
            c.add("feeAmount", "validation.required");
        }
        if (m.feeCurrency() != null && !CURRENCIES.contains(m.feeCurrency())) {
            c.add("feeCurrency", "error.role.unknownCurrency", m.feeCurrency());
        }
        optionalCountry(c, "destinationCountry", m.destinationCountry());
    }

    /** A reclassification's own fields (the link itself is checked in the transaction). */
    static void reclassification(Classification to, DecidingOrganization by, LocalDate on, String reason, Clock clock) {
        Checks c = new Checks();
        if (to == null) {
            c.add("classification", "validation.required");
        }
        if (by == null) {
            c.add("decidedBy", "validation.required");
        }
        if (on == null) {
            c.add("decidedOn", "validation.required");
        }
        pastDate(c, "decidedOn", on, LocalDate.now(clock));
        if (reason == null || reason.isBlank()) {
            c.add("reason", "validation.required");
        } else {
            c.optionalText("reason", reason, Limits.RECLASSIFICATION_REASON);
        }
        c.throwIfAny();
    }

    /** A date that may be empty, but not in the future nor before 1900. */
    static void pastDate(Checks c, String field, LocalDate date, LocalDate today) {
        if (date == null) {
            return;
        }
        if (date.isAfter(today)) {
            c.add(field, "validation.future");
        } else if (date.isBefore(Checks.EARLIEST)) {
            c.add(field, "validation.dateRange", Checks.EARLIEST, today);
        }
    }

    static void optionalCountry(Checks c, String field, String code) {
        if (code != null) {
            c.country(field, code);
        }
    }
}
