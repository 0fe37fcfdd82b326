package org.vigia.service.demo;

import static org.vigia.db.schema.Tables.CASE_ROLE;
import static org.vigia.db.schema.Tables.CONSENT_RECORD;
import static org.vigia.db.schema.Tables.SERVICE_REFERRAL;
import static org.vigia.db.schema.Tables.SUPPORT_PLAN_ITEM;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jooq.DSLContext;
import org.vigia.model.CaseRole;
import org.vigia.model.ConsentKind;
import org.vigia.model.ConsentRecord;
import org.vigia.model.OrganizationType;
import org.vigia.model.ReferralStatus;
import org.vigia.model.ServiceReferral;
import org.vigia.model.ServiceType;
import org.vigia.model.SupportPlanItem;
import org.vigia.model.SupportPlanType;
import org.vigia.service.ServiceContext;
import org.vigia.service.care.CareServices;

/**
 * Plausible care for demo victims: consent, referrals (some accepted, delivered or declined),
 * and support plan items, dated from the victim's identification to today. Idempotent: a victim
 * who already has any care record (even a removed one) is left alone.
 */
public final class DemoCare {
    private static final String NOTE = "DEMO DATA";
    private static final Provider[] PROVIDERS = {
        new Provider(ServiceType.SHELTER, "Fundación Renacer", OrganizationType.NGO),
        new Provider(ServiceType.HEALTH, "Hospital Universitario San Ignacio", OrganizationType.NonPoliceGovernmentalOrganization),
        new Provider(ServiceType.PSYCHOSOCIAL, "Corporación Espacios de Mujer", OrganizationType.NGO),
        new Provider(ServiceType.LEGAL_AID, "Defensoría del Pueblo", OrganizationType.NonPoliceGovernmentalOrganization),
        new Provider(ServiceType.INTERPRETATION, "Cruz Roja Colombiana", OrganizationType.NGO),
        new Provider(ServiceType.REPATRIATION_ASSISTANCE, "OIM Colombia", OrganizationType.InternationalOrganization),
        new Provider(ServiceType.LIVELIHOOD, "SENA - Servicio Nacional de Aprendizaje",
                OrganizationType.NonPoliceGovernmentalOrganization),
        new Provider(ServiceType.FAMILY_REUNIFICATION, "ICBF - Bienestar Familiar",
                OrganizationType.NonPoliceGovernmentalOrganization),
    };

    private record Provider(ServiceType type, String name, OrganizationType orgType) {
    }

    private final ServiceContext ctx;
    private final CareServices care;

    public DemoCare(ServiceContext ctx, CareServices care) {
        this.ctx = ctx;
        this.care = care;
    }

    /** Adds care to each live victim link of {@code victimLinkIds} that has none yet; returns how many got some. */
    public int addTo(List<UUID> victimLinkIds) {
        int added = 0;
        LocalDate today = LocalDate.now(ctx.clock());
        for (UUID link : victimLinkIds) {
            LocalDate identified = liveVictimIdentifiedOn(link);
            if (identified == null || hasCare(link)) {
                continue;
            }
            LocalDate start = identified.isAfter(today) ? today : identified;
            addCare(link, start, today, new Random(link.getLeastSignificantBits()));
            added++;
        }
        return added;
    }

    private void addCare(UUID link, LocalDate start, LocalDate today, Random r) {
        boolean withdraws = r.nextInt(7) == 0;
        consent(link, ConsentKind.SERVICES, null, true, start);
        consent(link, ConsentKind.NON_IDENTIFIABLE_REPORTING, null, r.nextInt(5) != 0, start);
        if (r.nextBoolean()) {
            consent(link, ConsentKind.SHARING, "OIM Colombia", true, start);
        }
        int referrals = 1 + r.nextInt(3);
        int first = r.nextInt(PROVIDERS.length);
        for (int i = 0; i < referrals; i++) {
            // the shelter first, then others, never the same provider twice (two referrals can share a date)
            Provider p = i == 0 ? PROVIDERS[0] : PROVIDERS[1 + (first + i - 1) % (PROVIDERS.length - 1)];
            LocalDate on = min(start.plusDays(i), today);
            ServiceReferral s = care.referrals().add(ServiceReferral.draft(link, p.type(), p.name(), p.orgType(), on, NOTE));
            progress(s, r.nextInt(4), today);
        }
        care.plan().add(new SupportPlanItem(null, 0, link, SupportPlanType.Health, "Chequeo médico y tratamiento",
                "Cita en el hospital; seguimiento a las dos semanas", start, start.plusDays(30),
                start.plusDays(30).isAfter(today) ? null : start.plusDays(28), NOTE));
        care.plan().add(SupportPlanItem.draft(link, SupportPlanType.Legal, "Acompañamiento durante el proceso penal",
                "Asesoría jurídica; acompañamiento a las audiencias", min(start.plusDays(2), today), start.plusDays(180)));
        if (withdraws) {
            consent(link, ConsentKind.SERVICES, null, false, min(start.plusDays(5), today));
        }
    }

    /** Moves a referral on: 0 stays referred, 1 accepted, 2 delivered, 3 declined (dates never past today). */
    private void progress(ServiceReferral s, int step, LocalDate today) {
        if (step == 0) {
            return;
        }
        LocalDate on = min(s.referredOn().plusDays(1), today);
        if (step == 3) {
            care.referrals().changeStatus(s.id(), s.version(), ReferralStatus.DECLINED, on);
            return;
        }
        ServiceReferral accepted = care.referrals().changeStatus(s.id(), s.version(), ReferralStatus.ACCEPTED, on);
        if (step == 2) {
            care.referrals().changeStatus(s.id(), accepted.version(), ReferralStatus.DELIVERED,
                    min(on.plusDays(2), today));
        }
    }

    private void consent(UUID link, ConsentKind kind, String org, boolean given, LocalDate on) {
        care.consent().record(ConsentRecord.draft(link, kind, org, given, on, "Trabajadora social (DEMO)"));
    }

    /** The identification date (else today) of a live victim link, or null when it is not one. */
    private LocalDate liveVictimIdentifiedOn(UUID link) {
        var row = ctx.dsl().select(CASE_ROLE.IDENTIFIED_ON, CASE_ROLE.CREATED_AT).from(CASE_ROLE)
                .where(CASE_ROLE.ID.eq(link).and(CASE_ROLE.DELETED_AT.isNull())
                        .and(CASE_ROLE.ROLE.eq(CaseRole.VICTIM.name()))).fetchOne();
        if (row == null) {
            return null;
        }
        return row.value1() != null ? row.value1() : LocalDate.now(ctx.clock()).minusDays(20);
    }

    private boolean hasCare(UUID link) {
        DSLContext dsl = ctx.dsl();
        return dsl.fetchExists(SERVICE_REFERRAL, SERVICE_REFERRAL.CASE_ROLE_ID.eq(link))
                || dsl.fetchExists(SUPPORT_PLAN_ITEM, SUPPORT_PLAN_ITEM.CASE_ROLE_ID.eq(link))
                || dsl.fetchExists(CONSENT_RECORD, CONSENT_RECORD.CASE_ROLE_ID.eq(link));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }
}
