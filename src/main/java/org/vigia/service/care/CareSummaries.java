package org.vigia.service.care;

import static org.vigia.db.schema.Tables.CONSENT_RECORD;
import static org.vigia.db.schema.Tables.SERVICE_REFERRAL;
import static org.vigia.db.schema.Tables.SUPPORT_PLAN_ITEM;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.vigia.model.CareSummary;
import org.vigia.model.ConsentAnswer;
import org.vigia.model.ConsentKind;
import org.vigia.model.Permission;
import org.vigia.model.ReferralStatus;
import org.vigia.service.ServiceContext;
import org.vigia.service.access.Access;

/** What was done for many victims at once (the lead's board), in three queries whatever their number. */
final class CareSummaries {
    private final ServiceContext ctx;
    private final Access access;

    CareSummaries(ServiceContext ctx, Access access) {
        this.ctx = ctx;
        this.access = access;
    }

    /** A summary for every link id asked about ({@link CareSummary#NONE} when nothing is recorded). */
    Map<UUID, CareSummary> summaries(Collection<UUID> linkIds) {
        access.require(Permission.CASE_READ);
        Set<UUID> ids = new LinkedHashSet<>(linkIds);
        ids.remove(null);
        Map<UUID, int[]> counts = new HashMap<>(); // open, delivered, declined, open plan items
        Map<UUID, ConsentAnswer> consent = new HashMap<>();
        if (!ids.isEmpty()) {
            DSLContext dsl = ctx.dsl();
            referrals(dsl, ids, counts);
            planItems(dsl, ids, counts);
            servicesConsent(dsl, ids, consent);
        }
        Map<UUID, CareSummary> out = new HashMap<>();
        for (UUID id : ids) {
            int[] c = counts.getOrDefault(id, new int[4]);
            out.put(id, new CareSummary(c[0], c[1], c[2], c[3], consent.getOrDefault(id, ConsentAnswer.NOT_ASKED)));
        }
        return out;
    }

    private static void referrals(DSLContext dsl, Set<UUID> ids, Map<UUID, int[]> counts) {
        var r = SERVICE_REFERRAL;
        var n = DSL.count();
        for (var row : dsl.select(r.CASE_ROLE_ID, r.STATUS, n).from(r)
                .where(r.CASE_ROLE_ID.in(ids).and(r.DELETED_AT.isNull()))
                .groupBy(r.CASE_ROLE_ID, r.STATUS).fetch()) {
            int[] c = counts.computeIfAbsent(row.value1(), k -> new int[4]);
            ReferralStatus status = ReferralStatus.valueOf(row.value2());
            int slot = status.isOpen() ? 0 : status == ReferralStatus.DELIVERED ? 1 : 2;
            c[slot] += row.value3();
        }
    }

    private static void planItems(DSLContext dsl, Set<UUID> ids, Map<UUID, int[]> counts) {
        var p = SUPPORT_PLAN_ITEM;
        var n = DSL.count();
        for (var row : dsl.select(p.CASE_ROLE_ID, n).from(p)
                .where(p.CASE_ROLE_ID.in(ids).and(p.DELETED_AT.isNull()).and(p.ACTUAL_END_ON.isNull()))
                .groupBy(p.CASE_ROLE_ID).fetch()) {
            counts.computeIfAbsent(row.value1(), k -> new int[4])[3] = row.value2();
        }
    }

    /** The latest answer about services per link: rows in order, the last one of each link wins. */
    private static void servicesConsent(DSLContext dsl, Set<UUID> ids, Map<UUID, ConsentAnswer> consent) {
        var c = CONSENT_RECORD;
        for (var row : dsl.select(c.CASE_ROLE_ID, c.GIVEN).from(c)
                .where(c.CASE_ROLE_ID.in(ids).and(c.KIND.eq(ConsentKind.SERVICES.name())).and(c.DELETED_AT.isNull()))
                .orderBy(c.CASE_ROLE_ID, c.GIVEN_ON, c.CREATED_AT, c.ID).fetch()) {
            consent.put(row.value1(), row.value2() ? ConsentAnswer.GIVEN : ConsentAnswer.WITHDRAWN);
        }
    }
}
