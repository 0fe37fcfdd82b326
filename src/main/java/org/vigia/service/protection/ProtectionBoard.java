package org.vigia.service.protection;

import static org.vigia.db.schema.Tables.CASE_FILE;
import static org.vigia.db.schema.Tables.CASE_ROLE;
import static org.vigia.db.schema.Tables.PERSON;
import static org.vigia.db.schema.Tables.VICTIM_PROTECTION;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.vigia.model.Gender;
import org.vigia.model.Permission;
import org.vigia.model.ProtectionCounts;
import org.vigia.model.ProtectionQuery;
import org.vigia.model.ProtectionRow;
import org.vigia.model.ProtectionStatus;
import org.vigia.model.SexGroup;
import org.vigia.service.ServiceContext;
import org.vigia.service.access.Access;

/**
 * The victim protection view's queries: live victims of live cases, filtered by operation,
 * office, nationality, sex, minor and status, paged from the database (minors first, then
 * overdue follow-ups, then the longest since the last change), and the counts per status split
 * by sex and minor / adult, computed in SQL with the same filters. Names show as pseudonyms
 * unless this session revealed the person.
 */
public final class ProtectionBoard {
    public static final int MAX_PAGE = 1_000;
    private final ServiceContext ctx;
    private final Access access;
    private final java.util.function.Supplier<LocalDate> today;

    public ProtectionBoard(ServiceContext ctx, Access access) {
        this.ctx = ctx;
        this.access = access;
        this.today = () -> LocalDate.now(ctx.clock());
    }

    /** A page of victims matching {@code q}, in the view's order. */
    public List<ProtectionRow> page(ProtectionQuery q, int offset, int limit) {
        access.require(Permission.CASE_READ);
        LocalDate day = today.get();
        Field<Boolean> minor = VictimRows.minor(day).as("minor");
        Field<String> status = VictimRows.status().as("status");
        Field<LocalDate> statusOn = VictimRows.statusOn().as("status_on");
        Field<LocalDate> followUp = VICTIM_PROTECTION.FOLLOW_UP_ON;
        var rows = from(DSL.select(CASE_ROLE.ID, CASE_ROLE.PERSON_ID, CASE_ROLE.CASE_ID, CASE_FILE.CASE_NUMBER,
                        PERSON.GIVEN_NAMES, PERSON.FAMILY_NAMES, PERSON.GENDER, VICTIM_PROTECTION.GUARDIAN_NAME,
                        followUp, minor, status, statusOn))
                .where(conditions(q, day))
                .orderBy(DSL.when(VictimRows.minor(day).isTrue(), 0).otherwise(1),
                        DSL.when(followUp.lt(day), 0).otherwise(1),
                        VictimRows.statusOn().asc(), CASE_ROLE.ID)
                .offset(Math.max(0, offset)).limit(Math.max(0, Math.min(limit, MAX_PAGE)));
        List<ProtectionRow> page = new ArrayList<>();
        for (Record r : ctx.dsl().fetch(rows)) {
            Boolean isMinor = r.get(minor);
            LocalDate since = r.get(statusOn);
            LocalDate follow = r.get(followUp);
            var personId = r.get(CASE_ROLE.PERSON_ID);
            page.add(new ProtectionRow(r.get(CASE_ROLE.ID), personId,
                    VictimRows.displayName(ctx, personId, r.get(PERSON.GIVEN_NAMES), r.get(PERSON.FAMILY_NAMES)),
                    r.get(CASE_ROLE.CASE_ID), r.get(CASE_FILE.CASE_NUMBER), VictimRows.gender(r.get(PERSON.GENDER)),
                    isMinor, ProtectionStatus.valueOf(r.get(status)), since, ChronoUnit.DAYS.between(since, day),
                    follow, follow != null && follow.isBefore(day),
                    Boolean.TRUE.equals(isMinor) && (r.get(VICTIM_PROTECTION.GUARDIAN_NAME) == null)));
        }
        return page;
    }

    /** How many victims match {@code q}. */
    public long count(ProtectionQuery q) {
        access.require(Permission.CASE_READ);
        return ctx.dsl().fetchValue(from(DSL.selectCount()).where(conditions(q, today.get())));
    }

    /**
     * The victims matching {@code q} (its status filter ignored: every status is counted) per
     * status, by sex and minor / adult / unknown age.
     */
    public ProtectionCounts counts(ProtectionQuery q) {
        access.require(Permission.CASE_READ);
        LocalDate day = today.get();
        Field<String> status = VictimRows.status();
        Field<Boolean> minor = VictimRows.minor(day);
        Field<String> gender = PERSON.GENDER;
        List<Field<?>> sums = List.of(DSL.count(),
                countWhen(gender.eq(Gender.Feminine.name())), countWhen(gender.eq(Gender.Masculine.name())),
                countWhen(minor.isTrue()), countWhen(minor.isFalse()));
        var select = from(DSL.select(status).select(sums)).where(conditions(q.withStatus(null), day)).groupBy(status);
        Map<ProtectionStatus, ProtectionCounts.StatusCount> found = new EnumMap<>(ProtectionStatus.class);
        for (Record r : ctx.dsl().fetch(select)) {
            ProtectionStatus s = ProtectionStatus.valueOf(r.get(0, String.class));
            long total = r.get(1, Long.class);
            long women = r.get(2, Long.class);
            long men = r.get(3, Long.class);
            long minors = r.get(4, Long.class);
            long adults = r.get(5, Long.class);
            found.put(s, new ProtectionCounts.StatusCount(s, total, women, men, total - women - men, minors, adults,
                    total - minors - adults));
        }
        List<ProtectionCounts.StatusCount> all = new ArrayList<>();
        for (ProtectionStatus s : ProtectionStatus.values()) {
            all.add(found.getOrDefault(s, new ProtectionCounts.StatusCount(s, 0, 0, 0, 0, 0, 0, 0)));
        }
        return new ProtectionCounts(all);
    }

    /** The offices known to this database (the office filter's choices), by office code. */
    public List<org.vigia.model.Site> offices() {
        access.require(Permission.CASE_READ);
        var site = org.vigia.db.schema.Tables.SITE;
        return ctx.dsl().selectFrom(site).where(site.DELETED_AT.isNull()).orderBy(site.OFFICE_CODE)
                .fetch(r -> new org.vigia.model.Site(r.getId(), r.getName(), r.getCountry(), r.getOfficeCode(),
                        r.getOperatorName()));
    }

    private static Field<Long> countWhen(Condition c) {
        return DSL.sum(DSL.when(c, 1L).otherwise(0L)).cast(Long.class);
    }

    private static <R extends Record> SelectJoinStep<R> from(org.jooq.SelectSelectStep<R> select) {
        return (SelectJoinStep<R>) select.from(CASE_ROLE).join(CASE_FILE).on(CASE_FILE.ID.eq(CASE_ROLE.CASE_ID))
                .join(PERSON).on(PERSON.ID.eq(CASE_ROLE.PERSON_ID))
                .leftJoin(VICTIM_PROTECTION).on(VICTIM_PROTECTION.CASE_ROLE_ID.eq(CASE_ROLE.ID));
    }

    private static Condition conditions(ProtectionQuery q, LocalDate day) {
        Condition c = VictimRows.liveVictims();
        if (q.operationId() != null) {
            c = c.and(CASE_FILE.OPERATION_ID.eq(q.operationId()));
        }
        if (q.siteId() != null) {
            c = c.and(CASE_FILE.SITE_ID.eq(q.siteId()));
        }
        if (q.citizenship() != null && !q.citizenship().isBlank()) {
            c = c.and(DSL.condition("ARRAY_CONTAINS({0}, {1})", PERSON.CITIZENSHIPS,
                    DSL.val(q.citizenship().strip().toUpperCase(Locale.ROOT))));
        }
        if (q.sex() == SexGroup.FEMALE) {
            c = c.and(PERSON.GENDER.eq(Gender.Feminine.name()));
        } else if (q.sex() == SexGroup.MALE) {
            c = c.and(PERSON.GENDER.eq(Gender.Masculine.name()));
        } else if (q.sex() == SexGroup.OTHER) {
            c = c.and(PERSON.GENDER.isNull().or(PERSON.GENDER.notIn(Gender.Feminine.name(), Gender.Masculine.name())));
        }
        if (q.minor() != null) {
            Field<Boolean> minor = VictimRows.minor(day);
            c = c.and(q.minor() ? minor.isTrue() : minor.isFalse());
        }
        if (q.status() != null) {
            c = c.and(VictimRows.status().eq(q.status().name()));
        }
        return c;
    }
}
