package org.vigia.service.audit;

import static org.vigia.db.schema.Tables.AUDIT_EVENT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.vigia.model.AuditEvent;
import org.vigia.model.AuditFilter;
import org.vigia.model.Limits;
import org.vigia.service.Checks;
import org.vigia.service.ServiceContext;

/**
 * The audit log, filtered and paged in SQL, newest first. Totals come from the indexes of
 * V6__audit_indexes.sql. A page of a filter with at most {@link #FEW} matches reads their
 * sequence numbers from an index and fetches its rows by key; a page of a broader filter walks
 * the primary key backwards and checks each row (matches are then dense enough to fill a page
 * soon; H2 would otherwise read every match through the filter's index and sort them).
 */
final class AuditQueries {
    static final int MAX_PAGE = 1_000;
    static final int FEW = 5_000;
    /** At most this many distinct users or actions are offered as filter choices. */
    static final int MAX_CHOICES = 500;
    private final ServiceContext ctx;

    AuditQueries(ServiceContext ctx) {
        this.ctx = ctx;
    }

    List<AuditEvent> page(AuditFilter f, int offset, int limit) {
        check(f);
        int size = Math.max(0, Math.min(limit, MAX_PAGE));
        int skip = Math.max(0, offset);
        if (size == 0) {
            return List.of();
        }
        DSLContext dsl = ctx.dsl();
        if (f.isAny()) {
            return dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.SEQ.desc())
                    .offset(skip).limit(size).fetch(AuditService::toModel);
        }
        List<Long> matches = new ArrayList<>(dsl.select(AUDIT_EVENT.SEQ).from(AUDIT_EVENT).where(conditions(f))
                .limit(FEW + 1).fetch(AUDIT_EVENT.SEQ));
        if (matches.size() <= FEW) {
            matches.sort(Comparator.reverseOrder());
            if (skip >= matches.size()) {
                return List.of();
            }
            List<Long> slice = matches.subList(skip, Math.min(matches.size(), skip + size));
            return dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.SEQ.in(slice))
                    .orderBy(AUDIT_EVENT.SEQ.desc()).fetch(AuditService::toModel);
        }
        Condition walk = DSL.and(conditions(f).stream().map(AuditQueries::notIndexed).toList());
        return dsl.selectFrom(AUDIT_EVENT).where(walk).orderBy(AUDIT_EVENT.SEQ.desc())
                .offset(skip).limit(size).fetch(AuditService::toModel);
    }

    long count(AuditFilter f) {
        check(f);
        if (f.isAny()) {
            return ctx.dsl().fetchCount(AUDIT_EVENT);
        }
        return ctx.dsl().fetchCount(AUDIT_EVENT, DSL.and(conditions(f)));
    }

    List<String> users() {
        return ctx.dsl().selectDistinct(AUDIT_EVENT.USER_NAME).from(AUDIT_EVENT)
                .orderBy(AUDIT_EVENT.USER_NAME).limit(MAX_CHOICES).fetch(AUDIT_EVENT.USER_NAME);
    }

    List<String> actions() {
        return ctx.dsl().selectDistinct(AUDIT_EVENT.ACTION).from(AUDIT_EVENT)
                .orderBy(AUDIT_EVENT.ACTION).limit(MAX_CHOICES).fetch(AUDIT_EVENT.ACTION);
    }

    /** Refuses filters that cannot be asked: over-long or control-character text, bad dates. */
    static void check(AuditFilter f) {
        Checks checks = new Checks()
                .optionalLine("user", f.user(), Limits.AUDIT_USER)
                .optionalLine("action", f.action(), Limits.AUDIT_ACTION);
        date(checks, "from", f.from());
        date(checks, "to", f.to());
        if (checks.ok("from") && checks.ok("to") && f.from() != null && f.to() != null
                && f.from().isAfter(f.to())) {
            checks.add("to", "validation.endBeforeStart");
        }
        checks.throwIfAny();
    }

    private static void date(Checks checks, String field, LocalDate d) {
        if (d != null && (d.isBefore(Checks.EARLIEST) || d.isAfter(Checks.LATEST))) {
            checks.add(field, "validation.dateRange", Checks.EARLIEST, Checks.LATEST);
        }
    }

    /** One indexable condition per filter that is set. */
    private static List<Condition> conditions(AuditFilter f) {
        List<Condition> c = new ArrayList<>();
        if (f.user() != null) {
            c.add(AUDIT_EVENT.USER_KEY.eq(DSL.upper(DSL.val(f.user()))));
        }
        if (f.action() != null) {
            c.add(AUDIT_EVENT.ACTION.eq(f.action()));
        }
        if (f.from() != null) {
            c.add(AUDIT_EVENT.OCCURRED_AT.ge(startOf(f.from(), f)));
        }
        if (f.to() != null) {
            c.add(AUDIT_EVENT.OCCURRED_AT.lt(startOf(f.to().plusDays(1), f)));
        }
        return c;
    }

    private static OffsetDateTime startOf(LocalDate day, AuditFilter f) {
        return day.atStartOfDay(f.zone()).toOffsetDateTime();
    }

    /** The same test, written so that H2 never answers it from an index (see the class comment). */
    private static Condition notIndexed(Condition condition) {
        return DSL.when(condition, DSL.inline(1)).otherwise(DSL.inline(0)).eq(DSL.inline(1));
    }
}
