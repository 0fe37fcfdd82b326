package org.vigia.service.care;

import static org.vigia.db.schema.Tables.CONSENT_RECORD;
import static org.vigia.db.schema.Tables.SERVICE_REFERRAL;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.vigia.db.schema.tables.records.ServiceReferralRecord;
import org.vigia.model.ConflictException;
import org.vigia.model.ConsentKind;
import org.vigia.model.FieldError;
import org.vigia.model.Permission;
import org.vigia.model.ReferralStatus;
import org.vigia.model.ServiceReferral;
import org.vigia.model.ValidationException;
import org.vigia.model.VigiaException;
import org.vigia.service.Ids;
import org.vigia.service.RowStamps;
import org.vigia.service.ServiceContext;
import org.vigia.service.access.Access;
import org.vigia.service.audit.AuditService;

/**
 * A victim's referrals to services: list, add, change the fields, move the status (referred ->
 * accepted / declined, accepted -> delivered / declined) with its date, remove (tombstone).
 * Audit summaries name referrals and links by id, never persons or providers.
 */
public final class ReferralService {
    static final String ENTITY = "service_referral";
    private final ServiceContext ctx;
    private final AuditService audit;
    private final Access access;

    public ReferralService(ServiceContext ctx, AuditService audit) {
        this.ctx = ctx;
        this.audit = audit;
        this.access = audit.access();
    }

    /** The live referrals of the victim link, by referral date (then as recorded). */
    public List<ServiceReferral> list(UUID linkId) {
        access.require(Permission.CASE_READ);
        DSLContext dsl = ctx.dsl();
        CareLinks.requireVictim(dsl, linkId, false);
        return dsl.selectFrom(SERVICE_REFERRAL)
                .where(SERVICE_REFERRAL.CASE_ROLE_ID.eq(linkId).and(SERVICE_REFERRAL.DELETED_AT.isNull()))
                .orderBy(SERVICE_REFERRAL.REFERRED_ON, SERVICE_REFERRAL.CREATED_AT, SERVICE_REFERRAL.ID)
                .fetch(ReferralRows::toModel);
    }

    /**
     * Records a referral of victim link {@code draft.linkId()} (status REFERRED). Refused when the
     * victim's consent to services is withdrawn, or the same service was already referred to the
     * same provider on the same date.
     */
    public ServiceReferral add(ServiceReferral draft) {
        access.require(Permission.CASE_WRITE);
        ServiceReferral clean = ReferralRows.normalise(draft);
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            LocalDate identifiedOn = CareLinks.requireVictim(tx, clean.linkId(), true);
            ServiceReferral fresh = ServiceReferral.draft(clean.linkId(), clean.type(), clean.provider(),
                    clean.providerType(), clean.referredOn(), clean.notes());
            CareValidation.referral(fresh, identifiedOn, ctx.clock());
            refuseWithoutConsent(tx, clean.linkId());
            refuseDuplicate(tx, fresh, null);
            UUID id = Ids.next();
            ServiceReferralRecord r = tx.newRecord(SERVICE_REFERRAL);
            RowStamps.created(r, id, ctx);
            r.setCaseRoleId(clean.linkId());
            r.setStatus(ReferralStatus.REFERRED.name());
            ReferralRows.fill(r, fresh);
            r.insert();
            audit.append(tx, "CARE_REFERRAL_ADD", ENTITY, id, "referral " + id + " (" + fresh.type().name()
                    + ") added to victim link " + clean.linkId());
            return ReferralRows.toModel(r);
        });
    }

    /** Saves the type, provider, referral date and notes; refused if changed since {@code edited.version()}. */
    public ServiceReferral update(ServiceReferral edited) {
        access.require(Permission.CASE_WRITE);
        ServiceReferral clean = ReferralRows.normalise(edited);
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            ServiceReferralRecord r = lockForWrite(tx, clean.id(), clean.version());
            LocalDate identifiedOn = CareLinks.requireVictim(tx, r.getCaseRoleId(), true);
            ServiceReferral merged = ReferralRows.toModel(r).withFields(clean.type(), clean.provider(),
                    clean.providerType(), clean.referredOn(), clean.notes());
            CareValidation.referral(merged, identifiedOn, ctx.clock());
            refuseDuplicate(tx, merged, r.getId());
            ReferralRows.fill(r, merged);
            RowStamps.changed(r, clean.version(), ctx);
            r.store();
            audit.append(tx, "CARE_REFERRAL_UPDATE", ENTITY, r.getId(), "referral " + r.getId() + " changed");
            return ReferralRows.toModel(r);
        });
    }

    /** Moves the referral to {@code to} on {@code on} (only the moves {@link ReferralStatus} allows). */
    public ServiceReferral changeStatus(UUID referralId, int version, ReferralStatus to, LocalDate on) {
        access.require(Permission.CASE_WRITE);
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            ServiceReferralRecord r = lockForWrite(tx, referralId, version);
            CareLinks.requireVictim(tx, r.getCaseRoleId(), true);
            ServiceReferral current = ReferralRows.toModel(r);
            CareValidation.statusChange(current, to, on, ctx.clock());
            r.setStatus(to.name());
            switch (to) {
                case ACCEPTED -> r.setAcceptedOn(on);
                case DELIVERED -> r.setDeliveredOn(on);
                case DECLINED -> r.setDeclinedOn(on);
                case REFERRED -> throw new IllegalStateException("no move back to REFERRED");
            }
            RowStamps.changed(r, version, ctx);
            r.store();
            audit.append(tx, "CARE_REFERRAL_STATUS", ENTITY, referralId, "referral " + referralId + " "
                    + current.status().name() + " -> " + to.name());
            return ReferralRows.toModel(r);
        });
    }

    /** Removes a referral recorded by mistake (a tombstone). */
    public void remove(UUID referralId, int version) {
        access.require(Permission.CASE_WRITE);
        ctx.dsl().transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            ServiceReferralRecord r = lockForWrite(tx, referralId, version);
            CareLinks.requireVictim(tx, r.getCaseRoleId(), true);
            r.setDeletedAt(ctx.nowUtc());
            RowStamps.changed(r, version, ctx);
            r.store();
            audit.append(tx, "CARE_REFERRAL_REMOVE", ENTITY, referralId, "referral " + referralId
                    + " of victim link " + r.getCaseRoleId() + " removed");
        });
    }

    /** Whether the signed-in account may (screens hide what would be refused). */
    public boolean allows(Permission permission) {
        return access.allows(permission);
    }

    /** Today on the services' clock (the default date of a new referral or status change). */
    public LocalDate today() {
        return LocalDate.now(ctx.clock());
    }

    private static ServiceReferralRecord lockForWrite(DSLContext tx, UUID id, int version) {
        ServiceReferralRecord r = id == null ? null : tx.selectFrom(SERVICE_REFERRAL)
                .where(SERVICE_REFERRAL.ID.eq(id).and(SERVICE_REFERRAL.DELETED_AT.isNull())).forUpdate().fetchOne();
        if (r == null) {
            throw new VigiaException("care.error.referralNotFound");
        }
        if (r.getVersion() != version) {
            throw new ConflictException(org.vigia.model.MessageArg.of("care.serviceType." + r.getServiceType()));
        }
        return r;
    }

    /** Refuses a new referral while the latest answer about services is no. */
    private static void refuseWithoutConsent(DSLContext tx, UUID linkId) {
        var latest = tx.select(CONSENT_RECORD.GIVEN, CONSENT_RECORD.GIVEN_ON).from(CONSENT_RECORD)
                .where(CONSENT_RECORD.CASE_ROLE_ID.eq(linkId).and(CONSENT_RECORD.KIND.eq(ConsentKind.SERVICES.name()))
                        .and(CONSENT_RECORD.DELETED_AT.isNull()))
                .orderBy(CONSENT_RECORD.GIVEN_ON.desc(), CONSENT_RECORD.CREATED_AT.desc(), CONSENT_RECORD.ID.desc())
                .limit(1).fetchOne();
        if (latest != null && !latest.value1()) {
            throw new VigiaException("care.error.consentWithdrawn", latest.value2());
        }
    }

    private static void refuseDuplicate(DSLContext tx, ServiceReferral r, UUID except) {
        var same = SERVICE_REFERRAL.CASE_ROLE_ID.eq(r.linkId()).and(SERVICE_REFERRAL.DELETED_AT.isNull())
                .and(SERVICE_REFERRAL.SERVICE_TYPE.eq(r.type().name()))
                .and(SERVICE_REFERRAL.REFERRED_ON.eq(r.referredOn()))
                .and(DSL.upper(SERVICE_REFERRAL.PROVIDER_NAME).eq(CareText.upper(r.provider())));
        if (except != null) {
            same = same.and(SERVICE_REFERRAL.ID.ne(except));
        }
        if (tx.fetchExists(SERVICE_REFERRAL, same)) {
            throw new ValidationException(List.of(FieldError.of("provider", "care.error.duplicateReferral")));
        }
    }
}
