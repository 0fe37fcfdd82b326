package org.vigia.service.access;

import static org.vigia.db.schema.Tables.APP_USER;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.vigia.db.schema.tables.records.AppUserRecord;
import org.vigia.model.Account;
import org.vigia.model.ConflictException;
import org.vigia.model.Role;
import org.vigia.model.VigiaException;
import org.vigia.service.Ids;
import org.vigia.service.ServiceContext;

/** Between accounts and their rows in app_user. */
final class AccountRows {
    private AccountRows() {
    }

    static Account insert(DSLContext tx, ServiceContext ctx, String name, String displayName, Set<Role> roles,
                          String author) {
        var now = ctx.nowUtc();
        AppUserRecord r = tx.newRecord(APP_USER);
        r.setId(Ids.next());
        r.setSiteId(ctx.siteId());
        r.setVersion(0);
        r.setCreatedAt(now);
        r.setCreatedBy(author);
        r.setUpdatedAt(now);
        r.setUpdatedBy(author);
        r.setUserName(name);
        r.setUserNameNorm(AccountService.norm(name));
        r.setDisplayName(displayName);
        r.setRoles(names(roles).toArray(String[]::new));
        r.store();
        return toModel(r);
    }

    /** The live row of an account, locked for the change; a stale version is refused. */
    static AppUserRecord current(DSLContext tx, UUID id, int version) {
        AppUserRecord r = tx.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).forUpdate().fetchOptional()
                .filter(x -> x.getDeletedAt() == null)
                .orElseThrow(() -> new VigiaException("error.account.notFound"));
        if (r.getVersion() != version) {
            throw new ConflictException(r.getUserName());
        }
        return r;
    }

    static boolean isAdmin(AppUserRecord r) {
        return List.of(r.getRoles()).contains(Role.ADMINISTRATOR.name());
    }

    /** Live administrators other than {@code id}. */
    static int otherAdmins(DSLContext tx, UUID id) {
        return (int) tx.selectFrom(APP_USER).where(APP_USER.DELETED_AT.isNull().and(APP_USER.ID.ne(id)))
                .fetch().stream().filter(AccountRows::isAdmin).count();
    }

    static List<String> names(Set<Role> roles) {
        return roles.stream().sorted().map(Enum::name).toList();
    }

    static Account toModel(AppUserRecord r) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String s : r.getRoles()) {
            roles.add(Role.valueOf(s));
        }
        return new Account(r.getId(), r.getVersion(), r.getUserName(), r.getDisplayName(), roles,
                r.getCreatedAt().toInstant(), r.getCreatedBy());
    }
}
