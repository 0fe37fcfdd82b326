package org.vigia.service.access;

import org.vigia.model.Account;
import org.vigia.model.NotPermittedException;
import org.vigia.model.Permission;
import org.vigia.service.ServiceContext;
import org.vigia.service.audit.AuditService;

/**
 * The permission check every service makes before it reads or writes: the signed-in account's
 * roles must grant the permission, else the refusal is audited (in its own transaction, so it
 * stays recorded) and a "not permitted" error is thrown. Screens only hide what this refuses.
 */
public final class Access {
    public static final String DENIED = "PERMISSION_DENIED";
    private final ServiceContext ctx;
    private final AuditService audit;

    public Access(ServiceContext ctx, AuditService audit) {
        this.ctx = ctx;
        this.audit = audit;
    }

    /** Passes when the signed-in account may; refuses (audited) otherwise. */
    public Account require(Permission permission) {
        Account account = ctx.account().orElse(null);
        if (account != null && account.can(permission)) {
            return account;
        }
        if (ctx.isSetUp()) {
            ctx.dsl().transaction(cfg -> audit.append(cfg.dsl(), DENIED, "permission", null,
                    "refused " + permission.name()));
        }
        throw new NotPermittedException(permission);
    }

    /** Whether the signed-in account may, without auditing (for screens deciding what to show). */
    public boolean allows(Permission permission) {
        return ctx.account().map(a -> a.can(permission)).orElse(false);
    }

    /** Requires someone to be signed in (changing one's own password, locking, signing out). */
    public Account signedIn() {
        return ctx.account().orElseThrow(() -> new org.vigia.model.VigiaException("error.notSignedIn"));
    }
}
