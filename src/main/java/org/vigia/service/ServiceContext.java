package org.vigia.service;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * What every service needs: the database, a clock, and who is acting for which office. Until
 * accounts exist the acting user is the operator recorded at setup.
 */
public final class ServiceContext {
    private final DSLContext dsl;
    private final Clock clock;
    private volatile UUID siteId;
    private volatile String user;

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

    public void actAs(UUID site, String userName) {
        this.siteId = site;
        this.user = userName;
    }

    /** The acting office; fails clearly when the office is not set up yet. */
    public UUID siteId() {
        UUID s = siteId;
        if (s == null) {
            throw new org.vigia.model.VigiaException("error.site.notSetUp");
        }
        return s;
    }

    public String user() {
        String u = user;
        return u == null ? "system" : u;
    }

    public boolean isSetUp() {
        return siteId != null;
    }
}
