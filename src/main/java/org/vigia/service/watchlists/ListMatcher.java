package org.vigia.service.watchlists;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.vigia.model.CheckSubject;
import org.vigia.model.ListVersionRef;
import org.vigia.model.Permission;
import org.vigia.model.WatchCheckResult;
import org.vigia.model.WatchHit;
import org.vigia.service.ServiceContext;
import org.vigia.service.access.Access;

/**
 * The {@link WatchMatcher} of the offline lists in the database: matches against the CURRENT
 * version of every list of the kinds the check has (persons lists when a person is checked,
 * documents lists when a document is); see {@link Lookup} for the rules.
 */
public final class ListMatcher implements WatchMatcher {
    private final ServiceContext ctx;
    private final Access access;

    public ListMatcher(ServiceContext ctx, org.vigia.service.audit.AuditService audit) {
        this.ctx = ctx;
        this.access = audit.access();
    }

    @Override
    public WatchCheckResult preview(CheckSubject subject) {
        access.require(Permission.CASE_READ);
        List<ListVersionRef> versions = relevant(ctx.dsl(), subject);
        List<WatchHit> hits = Lookup.find(ctx.dsl(), subject, versions).stream().map(f -> f.hit(null, null, false)).toList();
        return new WatchCheckResult(hits, versions);
    }

    @Override
    public WatchCheckResult record(DSLContext tx, UUID checkId, CheckSubject subject) {
        access.require(Permission.CASE_WRITE);
        List<ListVersionRef> versions = relevant(tx, subject);
        for (ListVersionRef v : versions) {
            HitWrites.checkedAgainst(tx, checkId, v.versionId());
        }
        List<WatchHit> hits = new ArrayList<>();
        for (Found f : Lookup.find(tx, subject, versions)) {
            if (!HitWrites.hasHit(tx, checkId, f)) {
                hits.add(HitWrites.store(tx, ctx, checkId, f, false));
            }
        }
        return new WatchCheckResult(hits, versions);
    }

    /** The current versions of the lists of the kinds {@code subject} has. */
    static List<ListVersionRef> relevant(DSLContext dsl, CheckSubject subject) {
        return ListVersions.current(dsl).stream().filter(v -> Lookup.relevant(subject, v.kind())).toList();
    }
}
