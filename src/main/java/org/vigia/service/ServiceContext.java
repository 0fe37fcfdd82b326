package org.vigia.service;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.vigia.model.Account;

/**
 * What every service needs: the database, a clock, the local office and the account signed in
 * (the author of every change and the holder of the permissions the services check).
 */
public final class ServiceContext {
    private final DSLContext dsl;
    private final Clock clock;
    private volatile UUID siteId;
    private volatile Account account;
    private final Set<UUID> revealed = ConcurrentHashMap.newKeySet();

    public ServiceContext(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl);
        this.clock = Objects.requireNonNull(clock);
    }

    public DSLContext dsl() {
        return dsl;
    }

    public Clock clock() {
        return clock;
    }

    /** Now, to the millisecond (the precision stored and hashed). */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    public OffsetDateTime nowUtc() {
        return now().atOffset(ZoneOffset.UTC);
    }

    /** The local office, once it is set up or loaded. */
    public void useSite(UUID site) {
        this.siteId = site;
    }

    /** The account acting from now on (null: nobody signed in). */
    public void signIn(Account signedIn) {
        Account before = account;
        if (signedIn == null || before == null || !before.id().equals(signedIn.id())) {
            revealed.clear();
        }
        this.account = signedIn;
    }

    /** Whether the signed-in account revealed the identity of victim {@code personId} in this session. */
    public boolean isRevealed(UUID personId) {
        return personId != null && revealed.contains(personId);
    }

    /** Records a reveal for this session (only the identity service calls this, after its checks and audit). */
    public void markRevealed(UUID personId) {
        revealed.add(Objects.requireNonNull(personId));
    }

    /** Hides every revealed identity again (sign-out, lock, or a different account signing in). */
    public void forgetReveals() {
        revealed.clear();
    }

    /** The signed-in account, if any. */
    public Optional<Account> account() {
        return Optional.ofNullable(account);
    }

    /** The acting office; fails clearly when the office is not set up yet. */
    public UUID siteId() {
        UUID s = siteId;
        if (s == null) {
            throw new org.vigia.model.VigiaException("error.site.notSetUp");
        }
        return s;
    }

    /** The author recorded on changes and audit events: the signed-in user name, else "system". */
    public String user() {
        Account a = account;
        return a == null ? "system" : a.userName();
    }

    public boolean isSetUp() {
        return siteId != null;
    }
}
