package org.vigia.service.watchlists;

import static org.vigia.db.schema.Tables.BORDER_CHECK_LIST;
import static org.vigia.db.schema.Tables.WATCH_HIT;
import static org.vigia.db.schema.Tables.WATCH_LIST;
import static org.vigia.db.schema.Tables.WATCH_LIST_VERSION;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.vigia.db.schema.tables.records.WatchListRecord;
import org.vigia.db.schema.tables.records.WatchListVersionRecord;
import org.vigia.model.ListVersionRef;
import org.vigia.model.WatchListInfo;
import org.vigia.model.WatchListKind;
import org.vigia.model.WatchListState;
import org.vigia.model.WatchListVersionInfo;
import org.vigia.service.Ids;
import org.vigia.service.RowStamps;
import org.vigia.service.ServiceContext;
import org.vigia.service.TextNorm;

/** The lists and their versions: the states, the current versions, the newest version number of a list. */
final class ListVersions {
    private final ServiceContext ctx;

    ListVersions(ServiceContext ctx) {
        this.ctx = ctx;
    }

    static ListVersionRef ref(Record r) {
        return new ListVersionRef(r.get(WATCH_LIST_VERSION.ID), r.get(WATCH_LIST.NAME),
                WatchListKind.valueOf(r.get(WATCH_LIST.KIND)), r.get(WATCH_LIST_VERSION.LIST_VERSION),
                r.get(WATCH_LIST_VERSION.LIST_DATE));
    }

    /** The CURRENT version of every list (one per list), by list name. */
    static List<ListVersionRef> current(DSLContext dsl) {
        return dsl.select(WATCH_LIST_VERSION.ID, WATCH_LIST.NAME, WATCH_LIST.KIND, WATCH_LIST_VERSION.LIST_VERSION,
                        WATCH_LIST_VERSION.LIST_DATE)
                .from(WATCH_LIST_VERSION).join(WATCH_LIST).on(WATCH_LIST.ID.eq(WATCH_LIST_VERSION.LIST_ID))
                .where(WATCH_LIST_VERSION.STATE.eq(WatchListState.CURRENT.name())
                        .and(WATCH_LIST.DELETED_AT.isNull()).and(WATCH_LIST_VERSION.DELETED_AT.isNull()))
                .orderBy(WATCH_LIST.NAME_NORM).fetch(ListVersions::ref);
    }

    static ListVersionRef version(DSLContext dsl, UUID versionId) {
        return dsl.select(WATCH_LIST_VERSION.ID, WATCH_LIST.NAME, WATCH_LIST.KIND, WATCH_LIST_VERSION.LIST_VERSION,
                        WATCH_LIST_VERSION.LIST_DATE)
                .from(WATCH_LIST_VERSION).join(WATCH_LIST).on(WATCH_LIST.ID.eq(WATCH_LIST_VERSION.LIST_ID))
                .where(WATCH_LIST_VERSION.ID.eq(versionId)).fetchOne(ListVersions::ref);
    }

    static WatchListRecord list(DSLContext dsl, String name) {
        return dsl.selectFrom(WATCH_LIST).where(WATCH_LIST.NAME_NORM.eq(TextNorm.fold(name))).fetchOne();
    }

    /** The highest version number imported for {@code listId} (IMPORTING leftovers aside), or null. */
    static String newest(DSLContext dsl, UUID listId) {
        String newest = null;
        for (String v : dsl.select(WATCH_LIST_VERSION.LIST_VERSION).from(WATCH_LIST_VERSION)
                .where(WATCH_LIST_VERSION.LIST_ID.eq(listId)
                        .and(WATCH_LIST_VERSION.STATE.ne(WatchListState.IMPORTING.name())))
                .fetch(WATCH_LIST_VERSION.LIST_VERSION)) {
            if (newest == null || ListHeader.compareVersions(v, newest) > 0) {
                newest = v;
            }
        }
        return newest;
    }

    /** Creates the list when new, and its IMPORTING version; returns {list id, version id}. */
    UUID[] start(ListHeader h) {
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            WatchListRecord list = list(tx, h.name());
            if (list == null) {
                list = tx.newRecord(WATCH_LIST);
                RowStamps.created(list, Ids.next(), ctx);
                list.setName(h.name());
                list.setNameNorm(TextNorm.fold(h.name()));
                list.setKind(h.kind().name());
                list.insert();
            }
            WatchListVersionRecord v = tx.newRecord(WATCH_LIST_VERSION);
            RowStamps.created(v, Ids.next(), ctx);
            v.setListId(list.getId());
            v.setListVersion(h.version());
            v.setListDate(h.date());
            v.setSource(h.source());
            v.setState(WatchListState.IMPORTING.name());
            v.setEntryCount(0);
            v.setFileSha256("");
            v.insert();
            return new UUID[] {list.getId(), v.getId()};
        });
    }

    /** Makes {@code versionId} CURRENT and the list's previous CURRENT version SUPERSEDED; returns the superseded id or null. */
    UUID makeCurrent(DSLContext tx, UUID listId, UUID versionId, long entries, String sha256) {
        WatchListVersionRecord previous = tx.selectFrom(WATCH_LIST_VERSION).where(WATCH_LIST_VERSION.LIST_ID.eq(listId)
                .and(WATCH_LIST_VERSION.STATE.eq(WatchListState.CURRENT.name()))).forUpdate().fetchOne();
        if (previous != null) {
            previous.setState(WatchListState.SUPERSEDED.name());
            RowStamps.changed(previous, previous.getVersion(), ctx);
            previous.store();
        }
        WatchListVersionRecord v = tx.selectFrom(WATCH_LIST_VERSION).where(WATCH_LIST_VERSION.ID.eq(versionId)).fetchOne();
        v.setState(WatchListState.CURRENT.name());
        v.setEntryCount((int) entries);
        v.setFileSha256(sha256);
        RowStamps.changed(v, v.getVersion(), ctx);
        v.store();
        return previous == null ? null : previous.getId();
    }

    /** IMPORTING versions: imports that failed or were interrupted (a crash), never matched. */
    static List<UUID> importing(DSLContext dsl) {
        return dsl.select(WATCH_LIST_VERSION.ID).from(WATCH_LIST_VERSION)
                .where(WATCH_LIST_VERSION.STATE.eq(WatchListState.IMPORTING.name())).fetch(WATCH_LIST_VERSION.ID);
    }

    /** Removes an IMPORTING version with its entries, and its list when it has no other version. */
    static void remove(DSLContext dsl, UUID versionId) {
        WatchListVersionRecord v = dsl.selectFrom(WATCH_LIST_VERSION).where(WATCH_LIST_VERSION.ID.eq(versionId)).fetchOne();
        if (v == null || !WatchListState.IMPORTING.name().equals(v.getState())) {
            return;
        }
        VersionWriter.removeEntries(dsl, versionId);
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.deleteFrom(WATCH_HIT).where(WATCH_HIT.VERSION_ID.eq(versionId)).execute();
            tx.deleteFrom(BORDER_CHECK_LIST).where(BORDER_CHECK_LIST.VERSION_ID.eq(versionId)).execute();
            tx.deleteFrom(WATCH_LIST_VERSION).where(WATCH_LIST_VERSION.ID.eq(versionId)).execute();
            if (!tx.fetchExists(WATCH_LIST_VERSION, WATCH_LIST_VERSION.LIST_ID.eq(v.getListId()))) {
                tx.deleteFrom(WATCH_LIST).where(WATCH_LIST.ID.eq(v.getListId())).execute();
            }
        });
    }

    /** Every list with its versions (newest first), lists by name. */
    static List<WatchListInfo> all(DSLContext dsl) {
        Map<UUID, List<WatchListVersionInfo>> versions = new LinkedHashMap<>();
        dsl.selectFrom(WATCH_LIST_VERSION).where(WATCH_LIST_VERSION.DELETED_AT.isNull())
                .orderBy(WATCH_LIST_VERSION.CREATED_AT.desc(), WATCH_LIST_VERSION.ID.desc()).fetch()
                .forEach(v -> versions.computeIfAbsent(v.getListId(), k -> new ArrayList<>()).add(
                        new WatchListVersionInfo(v.getId(), v.getListVersion(), v.getListDate(), v.getSource(),
                                WatchListState.valueOf(v.getState()), v.getEntryCount(),
                                v.getCreatedAt().toInstant(), v.getCreatedBy())));
        return dsl.selectFrom(WATCH_LIST).where(WATCH_LIST.DELETED_AT.isNull()).orderBy(WATCH_LIST.NAME_NORM).fetch()
                .map(l -> new WatchListInfo(l.getId(), l.getName(), WatchListKind.valueOf(l.getKind()),
                        versions.getOrDefault(l.getId(), List.of())));
    }
}
