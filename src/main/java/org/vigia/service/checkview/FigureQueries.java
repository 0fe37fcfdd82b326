package org.vigia.service.checkview;

import static org.vigia.db.schema.Tables.BORDER_CHECK;
import static org.vigia.db.schema.Tables.CHECKPOINT_CONTROL;
import static org.vigia.db.schema.Tables.CHECK_TALLY;
import static org.vigia.db.schema.Tables.TRANSIT_POINT;
import static org.vigia.db.schema.Tables.WATCH_HIT;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.vigia.model.CheckpointCounts;
import org.vigia.model.CheckpointRange;
import org.vigia.model.MigrantBreakdown;

/**
 * The SQL aggregates behind the checkpoint figures: counted checks, tallies and controls grouped
 * by a scope (a control, a transit point, or nothing for the totals of a range), each in its own
 * query so that checks and tallies never multiply each other, then put side by side by scope.
 */
final class FigureQueries {
    /** The key of the one group when figures are not grouped (the totals). */
    static final UUID ALL = new UUID(0, 0);

    private FigureQueries() {
    }

    /** The live controls of live transit points whose shift starts in the range (office time zone). */
    static Condition controlsIn(CheckpointRange range, ZoneId zone) {
        var cc = CHECKPOINT_CONTROL;
        Condition c = cc.DELETED_AT.isNull()
                .and(cc.SHIFT_START.ge(range.from().atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC)))
                .and(cc.SHIFT_START.lt(range.to().plusDays(1).atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC)))
                .and(cc.TRANSIT_POINT_ID.in(DSL.select(TRANSIT_POINT.ID).from(TRANSIT_POINT)
                        .where(TRANSIT_POINT.DELETED_AT.isNull())));
        return range.operationId() == null ? c : c.and(cc.OPERATION_ID.eq(range.operationId()));
    }

    /** How many controls (and distinct transit points) each scope has. */
    record ControlCount(long controls, long points) {
    }

    static Map<UUID, ControlCount> controls(DSLContext dsl, Field<UUID> scope, Condition controls) {
        var cc = CHECKPOINT_CONTROL;
        Map<UUID, ControlCount> out = new HashMap<>();
        for (Record r : grouped(dsl, scope, List.of(DSL.count(), DSL.countDistinct(cc.TRANSIT_POINT_ID)), cc, controls)) {
            out.put(key(r, scope), new ControlCount(r.get(1, Long.class), r.get(2, Long.class)));
        }
        return out;
    }

    /** The figures of each scope that has at least one control. */
    static Map<UUID, CheckpointCounts> counts(DSLContext dsl, Field<UUID> scope, Condition controls) {
        var b = BORDER_CHECK;
        var cc = CHECKPOINT_CONTROL;
        var t = CHECK_TALLY;
        Condition checks = b.DELETED_AT.isNull().and(controls);
        Condition anyHit = DSL.exists(DSL.selectOne().from(WATCH_HIT)
                .where(WATCH_HIT.CHECK_ID.eq(b.ID).and(WATCH_HIT.DELETED_AT.isNull())));
        Condition confirmedHit = DSL.exists(DSL.selectOne().from(WATCH_HIT).where(WATCH_HIT.CHECK_ID.eq(b.ID)
                .and(WATCH_HIT.DELETED_AT.isNull()).and(WATCH_HIT.FOLLOW_UP.eq(CheckCodes.FOLLOW_UP_CONFIRMED))));
        List<SelectField<?>> fields = List.of(DSL.count(),
                DSL.count().filterWhere(b.GIVEN_NAMES.isNotNull().or(b.FAMILY_NAMES.isNotNull())),
                DSL.count().filterWhere(b.DOC_NUMBER.isNotNull()),
                DSL.count().filterWhere(b.RESULT.ne(CheckCodes.NO_HIT).or(anyHit)),
                DSL.count().filterWhere(b.RESULT.eq(CheckCodes.HIT_CONFIRMED).or(confirmedHit)),
                DSL.count().filterWhere(b.ACTION.eq(CheckCodes.IRREGULAR_MIGRANT)),
                DSL.count().filterWhere(b.ACTION.eq(CheckCodes.VICTIM_IDENTIFIED)),
                DSL.count().filterWhere(b.ACTION.eq(CheckCodes.SUSPECT_ARRESTED)));
        Map<UUID, long[]> checked = new HashMap<>();
        for (Record r : grouped(dsl, scope, fields, b.join(cc).on(cc.ID.eq(b.CONTROL_ID)), checks)) {
            long[] v = new long[8];
            for (int i = 0; i < 8; i++) {
                v[i] = r.get(i + 1, Long.class);
            }
            checked.put(key(r, scope), v);
        }
        Map<UUID, long[]> tallied = new HashMap<>();
        List<SelectField<?>> sums = List.of(DSL.count(), DSL.sum(t.PERSONS_SCREENED), DSL.sum(t.DOCUMENTS_CHECKED),
                DSL.sum(t.HITS));
        for (Record r : grouped(dsl, scope, sums, t.join(cc).on(cc.ID.eq(t.CONTROL_ID)),
                t.DELETED_AT.isNull().and(controls))) {
            long[] v = new long[4];
            for (int i = 0; i < 4; i++) {
                Long n = r.get(i + 1, Long.class);
                v[i] = n == null ? 0 : n;
            }
            tallied.put(key(r, scope), v);
        }
        Map<UUID, MigrantBreakdown> migrants = migrants(dsl, scope, checks.and(b.ACTION.eq(CheckCodes.IRREGULAR_MIGRANT)));
        Map<UUID, CheckpointCounts> out = new HashMap<>();
        for (UUID k : controls(dsl, scope, controls).keySet()) {
            long[] c = checked.getOrDefault(k, new long[8]);
            long[] tl = tallied.getOrDefault(k, new long[4]);
            out.put(k, new CheckpointCounts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], tl[0], tl[1], tl[2], tl[3],
                    migrants.getOrDefault(k, MigrantBreakdown.NONE)));
        }
        return out;
    }

    /** Irregular migrants by nationality, by sex and by minor, per scope. */
    private static Map<UUID, MigrantBreakdown> migrants(DSLContext dsl, Field<UUID> scope, Condition irregular) {
        var b = BORDER_CHECK;
        var from = b.join(CHECKPOINT_CONTROL).on(CHECKPOINT_CONTROL.ID.eq(b.CONTROL_ID));
        Map<UUID, Map<String, Long>> nationality = byCode(dsl, scope, b.NATIONALITY, from, irregular);
        Map<UUID, Map<String, Long>> sex = byCode(dsl, scope, b.GENDER, from, irregular);
        Map<UUID, long[]> minor = new HashMap<>();
        List<SelectField<?>> fields = List.of(DSL.count().filterWhere(b.MINOR.isTrue()),
                DSL.count().filterWhere(b.MINOR.isFalse()), DSL.count().filterWhere(b.MINOR.isNull()));
        for (Record r : grouped(dsl, scope, fields, from, irregular)) {
            minor.put(key(r, scope), new long[] {r.get(1, Long.class), r.get(2, Long.class), r.get(3, Long.class)});
        }
        Map<UUID, MigrantBreakdown> out = new HashMap<>();
        minor.forEach((k, m) -> out.put(k, new MigrantBreakdown(nationality.getOrDefault(k, Map.of()),
                sex.getOrDefault(k, Map.of()), m[0], m[1], m[2])));
        return out;
    }

    /** Counts per scope and code ("" for none), most first then by code. */
    private static Map<UUID, Map<String, Long>> byCode(DSLContext dsl, Field<UUID> scope, Field<String> code,
                                                       org.jooq.TableLike<?> from, Condition where) {
        List<Field<?>> group = new ArrayList<>();
        List<SelectField<?>> select = new ArrayList<>();
        if (scope != null) {
            group.add(scope);
            select.add(scope);
        }
        group.add(code);
        select.add(code);
        select.add(DSL.count());
        Map<UUID, List<Map.Entry<String, Long>>> rows = new HashMap<>();
        for (Record r : dsl.select(select).from(from).where(where).groupBy(group).fetch()) {
            UUID k = scope == null ? ALL : r.get(scope);
            String c = r.get(code);
            rows.computeIfAbsent(k, x -> new ArrayList<>()).add(Map.entry(c == null ? "" : c, r.get(select.size() - 1, Long.class)));
        }
        Map<UUID, Map<String, Long>> out = new HashMap<>();
        rows.forEach((k, list) -> {
            list.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            Map<String, Long> m = new LinkedHashMap<>();
            list.forEach(e -> m.put(e.getKey(), e.getValue()));
            out.put(k, m);
        });
        return out;
    }

    /** {@code select scope, fields... from from where where group by scope}; no grouping when scope is null. */
    private static List<Record> grouped(DSLContext dsl, Field<UUID> scope, List<SelectField<?>> fields,
                                        org.jooq.TableLike<?> from, Condition where) {
        List<SelectField<?>> select = new ArrayList<>();
        select.add(scope == null ? DSL.inline(0).as("all_scope") : scope);
        select.addAll(fields);
        if (scope == null) {
            return new ArrayList<>(dsl.select(select).from(from).where(where).fetch());
        }
        return new ArrayList<>(dsl.select(select).from(from).where(where).groupBy(scope).fetch());
    }

    private static UUID key(Record r, Field<UUID> scope) {
        return scope == null ? ALL : r.get(scope);
    }
}
