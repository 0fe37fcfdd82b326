package org.vigia.service.access;

import static org.vigia.db.schema.Tables.APP_USER;
import static org.vigia.db.schema.Tables.SITE;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.vigia.db.schema.tables.records.AppUserRecord;
import org.vigia.model.Account;
import org.vigia.model.Limits;
import org.vigia.model.Permission;
import org.vigia.model.Role;
import org.vigia.model.VigiaException;
import org.vigia.service.Checks;
import org.vigia.service.ServiceContext;
import org.vigia.service.TextNorm;
import org.vigia.service.audit.AuditService;

/**
 * Accounts of the office and signing in and out. Each account's password lives only as its key
 * slot (see {@link Keyring}); this service keeps the slots in step with the accounts and records
 * every security event in the audit chain.
 */
public final class AccountService {
    /** Letters, digits, dot, dash and underscore: no spaces, quotes or control characters. */
    public static final Pattern USER_NAME = Pattern.compile("[\\p{L}\\p{N}._-]{2,40}");
    public static final int MIN_IDLE_MINUTES = 1;
    public static final int MAX_IDLE_MINUTES = 240;

    private final ServiceContext ctx;
    private final AuditService audit;
    private final Access access;
    private final Keyring keyring;

    public AccountService(ServiceContext ctx, AuditService audit, Access access, Keyring keyring) {
        this.ctx = ctx;
        this.audit = audit;
        this.access = access;
        this.keyring = keyring;
    }

    /** Whether {@code id} is the account signed in now. */
    public boolean isSignedIn(UUID id) {
        return ctx.account().map(a -> a.id().equals(id)).orElse(false);
    }

    public boolean hasAccounts() {
        return ctx.dsl().fetchExists(APP_USER, APP_USER.DELETED_AT.isNull());
    }

    /**
     * Creates the first administrator of a newly set-up office (possibly with case roles too)
     * and signs them in. Refused once any account exists.
     */
    public Account createFirstAdministrator(String userName, String displayName, Set<Role> extraRoles,
                                            char[] password) {
        Set<Role> roles = EnumSet.of(Role.ADMINISTRATOR);
        roles.addAll(extraRoles);
        String name = clean(userName);
        validate(name, displayName, roles, password, true);
        Account created = ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            if (tx.fetchExists(APP_USER)) {
                throw new VigiaException("error.account.alreadySetUp");
            }
            Account a = AccountRows.insert(tx, ctx, name, displayName.strip(), roles, name);
            audit.append(tx, "USER_ADD", "user", a.id(), name, "first administrator " + a.id() + " created");
            keyring.setPassword(a.id(), name, password);
            return a;
        });
        ctx.signIn(created);
        return created;
    }

    public List<Account> list() {
        access.require(Permission.ACCOUNT_MANAGE);
        return ctx.dsl().selectFrom(APP_USER).where(APP_USER.DELETED_AT.isNull())
                .orderBy(APP_USER.USER_NAME_NORM).limit(10_000).fetch(AccountRows::toModel);
    }

    public Account add(String userName, String displayName, Set<Role> roles, char[] password) {
        access.require(Permission.ACCOUNT_MANAGE);
        String name = clean(userName);
        validate(name, displayName, roles, password, true);
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Account a = AccountRows.insert(tx, ctx, name, displayName.strip(), roles, ctx.user());
            audit.append(tx, "USER_ADD", "user", a.id(), "account " + a.id() + " added with roles " + AccountRows.names(roles));
            keyring.setPassword(a.id(), name, password); // last: a failure here rolls the row back
            return a;
        });
    }

    /** Changes an account's display name and roles; the last administrator keeps that role. */
    public Account update(UUID id, int version, String displayName, Set<Role> roles) {
        access.require(Permission.ACCOUNT_MANAGE);
        Checks checks = new Checks().requiredLine("displayName", displayName, Limits.PERSON_NAME);
        if (roles == null || roles.isEmpty()) {
            checks.add("roles", "validation.required");
        }
        checks.throwIfAny();
        Account updated = ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            AppUserRecord r = AccountRows.current(tx, id, version);
            if (!roles.contains(Role.ADMINISTRATOR) && AccountRows.isAdmin(r) && AccountRows.otherAdmins(tx, id) == 0) {
                throw new VigiaException("error.account.lastAdministrator");
            }
            r.setDisplayName(displayName.strip());
            r.setRoles(AccountRows.names(roles).toArray(String[]::new));
            r.setVersion(version + 1);
            r.setUpdatedAt(ctx.nowUtc());
            r.setUpdatedBy(ctx.user());
            r.store();
            audit.append(tx, "USER_UPDATE", "user", id, "account " + id + " roles " + AccountRows.names(roles));
            return AccountRows.toModel(r);
        });
        if (ctx.account().map(a -> a.id().equals(id)).orElse(false)) {
            ctx.signIn(updated);
        }
        return updated;
    }

    /** Removes an account (tombstone) and its key slot; never one's own or the last administrator. */
    public void remove(UUID id, int version) {
        Account me = access.require(Permission.ACCOUNT_MANAGE);
        if (me.id().equals(id)) {
            throw new VigiaException("error.account.removeSelf");
        }
        ctx.dsl().transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            AppUserRecord r = AccountRows.current(tx, id, version);
            if (AccountRows.isAdmin(r) && AccountRows.otherAdmins(tx, id) == 0) {
                throw new VigiaException("error.account.lastAdministrator");
            }
            r.setDeletedAt(ctx.nowUtc());
            r.setVersion(version + 1);
            r.setUpdatedAt(ctx.nowUtc());
            r.setUpdatedBy(ctx.user());
            r.store();
            audit.append(tx, "USER_REMOVE", "user", id, "account " + id + " removed");
            keyring.remove(id);
        });
    }

    /**
     * Sets a person's password after the recovery key opened the database (nobody signed in):
     * the way back in when every administrator's password is lost. Signs that person in.
     */
    public Account recover(String userName, char[] password) {
        if (ctx.account().isPresent()) {
            throw new VigiaException("error.account.recoverSignedIn");
        }
        AppUserRecord r = ctx.dsl().selectFrom(APP_USER)
                .where(APP_USER.USER_NAME_NORM.eq(norm(clean(userName))).and(APP_USER.DELETED_AT.isNull()))
                .fetchOptional().orElseThrow(() -> new VigiaException("error.account.notFound"));
        checkPassword(password, r.getUserName());
        Account account = AccountRows.toModel(r);
        ctx.dsl().transaction(cfg -> {
            audit.append(cfg.dsl(), "RECOVERY_USED", "user", account.id(), "system",
                    "recovery key used to set the password of account " + account.id());
            keyring.setPassword(account.id(), account.userName(), password);
            keyring.clearLock(account.id());
        });
        recordPending();
        ctx.signIn(account);
        return account;
    }

    /** An administrator sets another person's password (and lifts a lockout). */
    public void resetPassword(UUID id, char[] password) {
        access.require(Permission.ACCOUNT_MANAGE);
        AppUserRecord r = ctx.dsl().selectFrom(APP_USER).where(APP_USER.ID.eq(id).and(APP_USER.DELETED_AT.isNull()))
                .fetchOptional().orElseThrow(() -> new VigiaException("error.account.notFound"));
        checkPassword(password, r.getUserName());
        ctx.dsl().transaction(cfg -> {
            audit.append(cfg.dsl(), "PASSWORD_RESET", "user", id, "password of account " + id + " reset");
            keyring.setPassword(id, r.getUserName(), password);
            keyring.clearLock(id);
        });
    }

    /** The signed-in person changes their own password, proving the current one. */
    public void changeOwnPassword(char[] current, char[] next) {
        Account me = access.signedIn();
        checkPassword(next, me.userName());
        Keyring.Check check = keyring.check(me.userName(), current);
        recordPending();
        if (!(check instanceof Keyring.Opened opened) || !opened.userId().equals(me.id())) {
            throw refusal(check);
        }
        ctx.dsl().transaction(cfg -> {
            audit.append(cfg.dsl(), "PASSWORD_CHANGE", "user", me.id(), "own password changed");
            keyring.setPassword(me.id(), me.userName(), next);
        });
    }

    /**
     * Completes a sign-in whose slot opened the database: the account must exist and bear the
     * name typed. Pending security events join the audit chain first.
     */
    public Account completeSignIn(UUID userId, String typedName) {
        recordPending();
        Account account = ctx.dsl().selectFrom(APP_USER)
                .where(APP_USER.ID.eq(userId).and(APP_USER.DELETED_AT.isNull()))
                .fetchOptional(AccountRows::toModel).orElse(null);
        if (account == null || !norm(account.userName()).equals(norm(clean(typedName)))) {
            ctx.dsl().transaction(cfg -> audit.append(cfg.dsl(), "LOGIN_FAILURE", "user", userId,
                    "system", "slot without a matching account"));
            throw new VigiaException("login.refused");
        }
        ctx.signIn(account);
        ctx.dsl().transaction(cfg -> audit.append(cfg.dsl(), "LOGIN_SUCCESS", "user", userId, "signed in"));
        return account;
    }

    /** Signs in another person while the database is open (after the first one signed out). */
    public Account signIn(String userName, char[] password) {
        Keyring.Check check = keyring.check(clean(userName), password);
        if (check instanceof Keyring.Opened opened) {
            ctx.account().ifPresent(previous -> ctx.dsl().transaction(cfg -> audit.append(cfg.dsl(), "LOGOUT",
                    "user", previous.id(), "signed out for another user")));
            ctx.signIn(null); // nobody acts until the new account is confirmed
            return completeSignIn(opened.userId(), userName);
        }
        recordPending();
        throw refusal(check);
    }

    /** The signed-in person unlocks their locked window with their password. */
    public void unlock(char[] password) {
        Account me = access.signedIn();
        Keyring.Check check = keyring.check(me.userName(), password);
        recordPending();
        if (check instanceof Keyring.Opened opened && opened.userId().equals(me.id())) {
            ctx.dsl().transaction(cfg -> audit.append(cfg.dsl(), "SESSION_UNLOCK", "user", me.id(), "window unlocked"));
            return;
        }
        throw refusal(check);
    }

    /**
     * Records that the window locked (idle or on request). Identities revealed so far are hidden
     * again: unlocking does not bring them back.
     */
    public void locked() {
        ctx.forgetReveals();
        Account me = access.signedIn();
        ctx.dsl().transaction(cfg -> audit.append(cfg.dsl(), "SESSION_LOCK", "user", me.id(), "window locked"));
    }

    public void signOut() {
        Account me = access.signedIn();
        try {
            ctx.dsl().transaction(cfg -> audit.append(cfg.dsl(), "LOGOUT", "user", me.id(), "signed out"));
        } finally {
            ctx.signIn(null);
        }
    }

    public int idleLockMinutes() {
        Integer m = ctx.dsl().select(SITE.IDLE_LOCK_MINUTES).from(SITE).where(SITE.ID.eq(ctx.siteId()))
                .fetchOne(SITE.IDLE_LOCK_MINUTES);
        return m == null ? 15 : m;
    }

    public void setIdleLockMinutes(int minutes) {
        access.require(Permission.SETTINGS_MANAGE);
        if (minutes < MIN_IDLE_MINUTES || minutes > MAX_IDLE_MINUTES) {
            new Checks().add("idleMinutes", "validation.range", MIN_IDLE_MINUTES, MAX_IDLE_MINUTES).throwIfAny();
        }
        ctx.dsl().transaction(cfg -> {
            cfg.dsl().update(SITE).set(SITE.IDLE_LOCK_MINUTES, minutes).set(SITE.UPDATED_AT, ctx.nowUtc())
                    .set(SITE.UPDATED_BY, ctx.user()).set(SITE.VERSION, SITE.VERSION.plus(1))
                    .where(SITE.ID.eq(ctx.siteId())).execute();
            audit.append(cfg.dsl(), "SETTINGS_CHANGE", "site", ctx.siteId(), "idle lock after " + minutes + " minutes");
        });
    }

    /** Copies the key file's pending security events into the audit chain, then forgets them. */
    public void recordPending() {
        if (!ctx.isSetUp()) {
            return;
        }
        List<Keyring.Pending> pending = keyring.pending();
        if (pending.isEmpty()) {
            return;
        }
        ctx.dsl().transaction(cfg -> {
            for (Keyring.Pending p : pending) {
                // the attempt is recorded under the account it tried, when the name was one
                String who = p.userId() == null ? null : cfg.dsl().select(APP_USER.USER_NAME).from(APP_USER)
                        .where(APP_USER.ID.eq(p.userId())).fetchOne(APP_USER.USER_NAME);
                audit.append(cfg.dsl(), p.at(), p.action(), "user", p.userId(), who == null ? "system" : who,
                        p.userId() == null ? "attempt with an unknown user name or the recovery key"
                                : "attempt at sign-in while the data was locked");
            }
        });
        keyring.clearPending(pending.size());
    }

    static VigiaException refusal(Keyring.Check check) {
        if (check instanceof Keyring.Locked locked) {
            return new VigiaException("login.locked", java.util.Date.from(locked.until()));
        }
        return new VigiaException("login.refused");
    }

    /** Checks a new account's fields without touching any database (first-run setup). */
    public static void validateNew(String userName, String displayName, Set<Role> roles, char[] password) {
        AccountRules.fieldChecks(clean(userName), displayName, roles, password).throwIfAny();
    }

    private void validate(String name, String displayName, Set<Role> roles, char[] password, boolean isNew) {
        Checks checks = AccountRules.fieldChecks(name, displayName, roles, password);
        if (isNew && checks.ok("userName") && ctx.dsl().fetchExists(APP_USER, APP_USER.USER_NAME_NORM.eq(norm(name)))) {
            checks.add("userName", "validation.userNameTaken");
        }
        checks.throwIfAny();
    }

    private static void checkPassword(char[] password, String userName) {
        AccountRules.passwordChecks(password, userName).throwIfAny();
    }

    private static String clean(String userName) {
        return userName == null ? null : userName.strip();
    }

    static String norm(String userName) {
        return TextNorm.fold(userName == null ? "" : userName);
    }

}
