package org.vigia.service;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
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
        this.account = signedIn;
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
