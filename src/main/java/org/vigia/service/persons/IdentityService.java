package org.vigia.service.persons;

import static org.vigia.db.schema.Tables.PERSON;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.vigia.model.Permission;
import org.vigia.model.VigiaException;
import org.vigia.service.Checks;
import org.vigia.service.ServiceContext;
import org.vigia.service.access.Access;
import org.vigia.service.audit.AuditService;

/**
 * Victims' identities: which are hidden from the signed-in account, and revealing one for the
 * rest of the session (with a reason, recorded in the audit chain; only accounts allowed to
 * reveal). Reveals are forgotten when the window locks, on sign-out and when another account
 * signs in.
 */
public final class IdentityService {
    /** The audit action of a reveal (entity "person", the person's id, the reason as summary). */
    public static final String ACTION = "IDENTITY_REVEAL";
    /** The longest reason accepted. */
    public static final int REASON = 500;
    private final ServiceContext ctx;
    private final AuditService audit;
    private final Access access;

    public IdentityService(ServiceContext ctx, AuditService audit) {
        this.ctx = ctx;
        this.audit = audit;
        this.access = audit.access();
    }

    /** Whether the identity of {@code personId} is hidden from the signed-in account now. */
    public boolean isMasked(UUID personId) {
        access.require(Permission.CASE_READ);
        return Masking.masked(ctx.dsl(), ctx, personId);
    }

    /** The ones of {@code personIds} whose identity is hidden now (one query for them all). */
    public Set<UUID> masked(Collection<UUID> personIds) {
        access.require(Permission.CASE_READ);
        return Masking.masked(ctx.dsl(), ctx, personIds);
    }

    /** Whether the signed-in account may reveal identities (screens offer the action only then). */
    public boolean canReveal() {
        return access.allows(Permission.IDENTITY_REVEAL);
    }

    /**
     * Shows the real identity of {@code personId} to the signed-in account until the session
     * ends or locks. Refused (audited) without {@link Permission#IDENTITY_REVEAL}; the reason is
     * required (one line, at most {@value #REASON} characters). Records one audit event with the
     * reason and the person's id, never the name. Does nothing when the identity is not hidden.
     */
    public void reveal(UUID personId, String reason) {
        access.require(Permission.IDENTITY_REVEAL);
        new Checks().requiredLine("reason", reason, REASON).throwIfAny();
        String why = reason.strip();
        boolean recorded = ctx.dsl().transactionResult(cfg -> {
            var tx = cfg.dsl();
            if (personId == null || !tx.fetchExists(PERSON, PERSON.ID.eq(personId).and(PERSON.DELETED_AT.isNull()))) {
                throw new VigiaException("error.person.notFound");
            }
            if (!Masking.masked(tx, ctx, personId)) {
                return false;
            }
            audit.append(tx, ACTION, "person", personId, "identity of person " + personId + " revealed: " + why);
            return true;
        });
        if (recorded) {
            ctx.markRevealed(personId); // only once the event is committed
        }
    }
}
