package org.vigia.service;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.Table;
import org.jooq.TableRecord;

/**
 * The conventional columns every entity row carries (DESIGN.md section 3): id, site, version,
 * created and updated by and at. One place fills them for every service.
 */
public final class RowStamps {
    private RowStamps() {
    }

    /** A new row: its id, the acting office, version 0, created and updated now by the actor. */
    public static void created(TableRecord<?> r, UUID id, ServiceContext ctx) {
        Table<?> t = r.getTable();
        OffsetDateTime now = ctx.nowUtc();
        r.set(t.field("ID", UUID.class), id);
        r.set(t.field("SITE_ID", UUID.class), ctx.siteId());
        r.set(t.field("VERSION", Integer.class), 0);
        r.set(t.field("CREATED_AT", OffsetDateTime.class), now);
        r.set(t.field("CREATED_BY", String.class), ctx.user());
        r.set(t.field("UPDATED_AT", OffsetDateTime.class), now);
        r.set(t.field("UPDATED_BY", String.class), ctx.user());
    }

    /** A changed row: the next version, updated now by the actor. */
    public static void changed(TableRecord<?> r, int readVersion, ServiceContext ctx) {
        Table<?> t = r.getTable();
        r.set(t.field("VERSION", Integer.class), readVersion + 1);
        r.set(t.field("UPDATED_AT", OffsetDateTime.class), ctx.nowUtc());
        r.set(t.field("UPDATED_BY", String.class), ctx.user());
    }
}
