package org.vigia.service.cases;

import static org.vigia.db.schema.Tables.CASE_FILE;
import static org.vigia.db.schema.Tables.CASE_NUMBER_COUNTER;
import static org.vigia.db.schema.Tables.SITE;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.vigia.service.ServiceContext;

/**
 * Readable case numbers: office code, year, five-digit counter (CO-BOG-2026-00042). A number
 * typed by hand in the same pattern moves the counter past it, so generation never collides.
 */
final class CaseNumbers {
    private final ServiceContext ctx;

    CaseNumbers(ServiceContext ctx) {
        this.ctx = ctx;
    }

    String preview() {
        DSLContext dsl = ctx.dsl();
        String prefix = prefix(dsl);
        int year = year();
        Integer last = dsl.select(CASE_NUMBER_COUNTER.LAST_VALUE).from(CASE_NUMBER_COUNTER)
                .where(CASE_NUMBER_COUNTER.PREFIX.eq(prefix).and(CASE_NUMBER_COUNTER.COUNTER_YEAR.eq(year)))
                .fetchOne(CASE_NUMBER_COUNTER.LAST_VALUE);
        return format(prefix, year, (last == null ? 0 : last) + 1);
    }

    /** Takes the next free number inside the caller's transaction. */
    String allocate(DSLContext tx) {
        String prefix = prefix(tx);
        int year = year();
        int next = current(tx, prefix, year);
        String number;
        do {
            next++;
            number = format(prefix, year, next);
        } while (tx.fetchExists(CASE_FILE, CASE_FILE.SITE_ID.eq(ctx.siteId())
                .and(CASE_FILE.CASE_NUMBER_NORM.eq(CaseRecords.numberKey(number)))));
        store(tx, prefix, year, next);
        return number;
    }

    /** Moves the counter past a number in this office's pattern. */
    void noteUsed(DSLContext tx, String number) {
        String prefix = prefix(tx);
        Matcher m = Pattern.compile(Pattern.quote(prefix) + "-(\\d{4})-(\\d{1,9})")
                .matcher(number.strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return;
        }
        int year = Integer.parseInt(m.group(1));
        int value = Integer.parseInt(m.group(2));
        if (value > current(tx, prefix, year)) {
            store(tx, prefix, year, value);
        }
    }

    private int current(DSLContext tx, String prefix, int year) {
        Integer v = tx.select(CASE_NUMBER_COUNTER.LAST_VALUE).from(CASE_NUMBER_COUNTER)
                .where(CASE_NUMBER_COUNTER.PREFIX.eq(prefix).and(CASE_NUMBER_COUNTER.COUNTER_YEAR.eq(year)))
                .forUpdate().fetchOne(CASE_NUMBER_COUNTER.LAST_VALUE);
        return v == null ? 0 : v;
    }

    private void store(DSLContext tx, String prefix, int year, int value) {
        tx.mergeInto(CASE_NUMBER_COUNTER)
                .using(tx.selectOne())
                .on(CASE_NUMBER_COUNTER.PREFIX.eq(prefix).and(CASE_NUMBER_COUNTER.COUNTER_YEAR.eq(year)))
                .whenMatchedThenUpdate().set(CASE_NUMBER_COUNTER.LAST_VALUE, value)
                .whenNotMatchedThenInsert(CASE_NUMBER_COUNTER.PREFIX, CASE_NUMBER_COUNTER.COUNTER_YEAR,
                        CASE_NUMBER_COUNTER.LAST_VALUE)
                .values(prefix, year, value)
                .execute();
    }

    private String prefix(DSLContext dsl) {
        return dsl.select(SITE.OFFICE_CODE).from(SITE).where(SITE.ID.eq(ctx.siteId()))
                .fetchOne(SITE.OFFICE_CODE);
    }

    private int year() {
        return LocalDate.now(ctx.clock()).getYear();
    }

    static String format(String prefix, int year, int value) {
        return String.format(java.util.Locale.ROOT, "%s-%d-%05d", prefix, year, value);
    }
}
