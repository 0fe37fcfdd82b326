package org.vigia.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.testing.Refusals.onlyErrorKey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigia.l10n.Messages;
import org.vigia.model.AuditEvent;
import org.vigia.model.AuditFilter;
import org.vigia.model.AuditVerification;
import org.vigia.model.ValidationException;
import org.vigia.service.ServiceContext;
import org.vigia.testing.Refusals;
import org.vigia.testing.TestServices;

/** The audit log's filters, totals and pages, on a real H2 database. */
class AuditFilterTest {
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota"); // UTC-5, no summer time
    private final TestServices t = TestServices.officeWithoutAccounts(); // seq 1: SITE_SETUP by Ana Morales, 2026-03-15T15:30Z
    private final MovingClock clock = new MovingClock();
    private final AuditService writer = new AuditService(new ServiceContext(t.dsl(), clock));

    /** A clock the test sets before each event it writes. */
    private static final class MovingClock extends Clock {
        Instant now = TestServices.NOW;

        @Override
        public ZoneId getZone() {
            return UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private void event(String at, String user, String action) {
        clock.now = Instant.parse(at);
        t.dsl().transaction(cfg -> writer.append(cfg.dsl(), action, "case", null, user, action + " by " + user));
    }

    @BeforeEach
    void fiveEvents() {
        event("2026-03-10T10:00:00Z", "Luis Pérez", "CASE_CREATE");   // seq 2
        event("2026-03-13T02:00:00Z", "ana morales", "CASE_UPDATE");  // seq 3: the 12th in Bogotá
        event("2026-03-14T09:00:00Z", "Luis Pérez", "CASE_CLOSE");    // seq 4
        event("2026-03-15T16:00:00Z", "Ana Morales", "CASE_CREATE");  // seq 5
        assertThat(t.audit().verify()).isEqualTo(AuditVerification.intact(5));
    }

    @AfterEach
    void close() {
        t.close();
    }

    private static AuditFilter filter(String user, String action, LocalDate from, LocalDate to, ZoneId zone) {
        return new AuditFilter(user, action, from, to, zone);
    }

    private List<Long> seqs(AuditFilter f) {
        List<Long> page = t.audit().page(f, 0, 100).stream().map(AuditEvent::seq).toList();
        assertThat(t.audit().count(f)).as("total of %s", f).isEqualTo(page.size());
        return page;
    }

    private static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    @Test
    void noFilterGivesEveryEventNewestFirst() {
        assertThat(seqs(AuditFilter.any(UTC))).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(t.audit().count(AuditFilter.any(UTC))).isEqualTo(t.audit().count()).isEqualTo(5);
        assertThat(seqs(filter(" ", "", null, null, null))).as("blank text is no filter").hasSize(5);
    }

    @Test
    void theUserMatchesExactlyButIgnoringCase() {
        assertThat(seqs(filter("ANA MORALES", null, null, null, UTC))).containsExactly(5L, 3L, 1L);
        assertThat(seqs(filter(" luis pérez ", null, null, null, UTC))).containsExactly(4L, 2L);
        assertThat(seqs(filter("Ana", null, null, null, UTC))).as("no prefix match").isEmpty();
        assertThat(seqs(filter("nobody", null, null, null, UTC))).isEmpty();
    }

    @Test
    void theActionMatchesItsCode() {
        assertThat(seqs(filter(null, "CASE_CREATE", null, null, UTC))).containsExactly(5L, 2L);
        assertThat(seqs(filter(null, "SITE_SETUP", null, null, UTC))).containsExactly(1L);
        assertThat(seqs(filter(null, "NO_SUCH_ACTION", null, null, UTC))).isEmpty();
    }

    @Test
    void datesAreInclusiveDaysOfTheGivenZone() {
        assertThat(seqs(filter(null, null, march(13), march(14), UTC))).containsExactly(4L, 3L);
        assertThat(seqs(filter(null, null, march(13), march(14), BOGOTA))).containsExactly(4L);
        assertThat(seqs(filter(null, null, march(12), march(12), BOGOTA))).containsExactly(3L);
        assertThat(seqs(filter(null, null, march(15), march(15), UTC))).containsExactly(5L, 1L);
        assertThat(seqs(filter(null, null, march(15), null, UTC))).as("open end").containsExactly(5L, 1L);
        assertThat(seqs(filter(null, null, null, march(10), UTC))).as("open start").containsExactly(2L);
        assertThat(seqs(filter(null, null, null, march(9), UTC))).isEmpty();
    }

    @Test
    void filtersCombine() {
        assertThat(seqs(filter("ana morales", "CASE_CREATE", null, null, UTC))).containsExactly(5L);
        assertThat(seqs(filter("Luis Pérez", null, march(11), null, UTC))).containsExactly(4L);
        assertThat(seqs(filter("Luis Pérez", "CASE_CLOSE", march(14), march(14), UTC))).containsExactly(4L);
        assertThat(seqs(filter("Luis Pérez", "CASE_UPDATE", null, null, UTC))).isEmpty();
    }

    @Test
    void pagesFollowEachOtherAndStayInBounds() {
        AuditFilter any = AuditFilter.any(UTC);
        assertThat(t.audit().page(any, 0, 2)).extracting(AuditEvent::seq).containsExactly(5L, 4L);
        assertThat(t.audit().page(any, 2, 2)).extracting(AuditEvent::seq).containsExactly(3L, 2L);
        assertThat(t.audit().page(any, 4, 2)).extracting(AuditEvent::seq).containsExactly(1L);
        assertThat(t.audit().page(any, 5, 2)).isEmpty();
        assertThat(t.audit().page(any, -3, 1)).extracting(AuditEvent::seq).containsExactly(5L);
        assertThat(t.audit().page(any, 0, 0)).isEmpty();
        assertThat(t.audit().page(any, 0, -1)).isEmpty();
        assertThat(t.audit().page(any, Integer.MAX_VALUE, Integer.MAX_VALUE)).isEmpty();

        AuditFilter ana = filter("ana morales", null, null, null, UTC);
        assertThat(t.audit().page(ana, 1, 1)).extracting(AuditEvent::seq).containsExactly(3L);
        assertThat(t.audit().page(ana, 2, 5)).extracting(AuditEvent::seq).containsExactly(1L);
        assertThat(t.audit().page(ana, 3, 5)).isEmpty();
        assertThat(t.audit().page(ana, -1, 1)).extracting(AuditEvent::seq).containsExactly(5L);
    }

    @Test
    void aPageIsAtMostMaxPageRows() {
        t.dsl().transaction(cfg -> {
            for (int i = 0; i < AuditQueries.MAX_PAGE + 10; i++) {
                writer.append(cfg.dsl(), "TEST", "test", null, "Bot", "event " + i);
            }
        });
        assertThat(t.audit().page(AuditFilter.any(UTC), 0, Integer.MAX_VALUE)).hasSize(AuditQueries.MAX_PAGE);
        assertThat(t.audit().page(filter(null, "TEST", null, null, UTC), 0, Integer.MAX_VALUE))
                .hasSize(AuditQueries.MAX_PAGE);
    }

    @Test
    void aBroadFilterPagesInOrderPastTheFewMatchesLimit() {
        int n = AuditQueries.FEW + 100;
        t.dsl().transaction(cfg -> {
            for (int i = 0; i < n; i++) {
                writer.append(cfg.dsl(), i % 2 == 0 ? "TEST_EVEN" : "TEST_ODD", "test", null, "Bot", "event " + i);
            }
        });
        long newest = 5 + n; // the events written here are seqs 6 .. 5 + n
        AuditFilter bot = filter("bot", null, null, null, UTC); // more than FEW: walks the primary key
        assertThat(t.audit().count(bot)).isEqualTo(n);
        assertThat(t.audit().page(bot, 0, 3)).extracting(AuditEvent::seq).containsExactly(newest, newest - 1, newest - 2);
        assertThat(t.audit().page(bot, n - 2, 5)).extracting(AuditEvent::seq).containsExactly(7L, 6L);
        AuditFilter lastDay = filter(null, null, march(15), null, UTC); // the n events and seqs 5, 1
        assertThat(t.audit().count(lastDay)).isEqualTo(n + 2);
        assertThat(t.audit().page(lastDay, n, 5)).extracting(AuditEvent::seq).containsExactly(5L, 1L);
        AuditFilter evenBot = filter("BOT", "TEST_EVEN", null, null, UTC); // fewer than FEW: read by key
        assertThat(t.audit().count(evenBot)).isEqualTo(n / 2);
        assertThat(t.audit().page(evenBot, 0, 2)).extracting(AuditEvent::seq).containsExactly(newest - 1, newest - 3);
        assertThat(t.audit().page(evenBot, n / 2 - 1, 5)).extracting(AuditEvent::seq).containsExactly(6L);
    }

    @Test
    void usersAndActionsAreTheDistinctValues() {
        assertThat(t.audit().users()).containsExactly("Ana Morales", "Luis Pérez", "ana morales");
        assertThat(t.audit().actions()).containsExactly("CASE_CLOSE", "CASE_CREATE", "CASE_UPDATE", "SITE_SETUP");
    }

    @Test
    void fromAfterToIsRefusedWithAClearMessage() {
        ValidationException e = Refusals.validation(t,
                () -> t.audit().page(filter(null, null, march(14), march(13), UTC), 0, 10));
        assertThat(onlyErrorKey(e, "to")).isEqualTo("validation.endBeforeStart");
        assertThat(new Messages(Locale.ENGLISH).error(e)).isEqualTo("To: cannot be before the start date");
        Refusals.validation(t, () -> t.audit().count(filter(null, null, march(14), march(13), UTC)));
    }

    @Test
    void tooLongOrControlCharacterTextIsRefused() {
        ValidationException e = Refusals.validation(t,
                () -> t.audit().count(filter("x".repeat(101), null, null, null, UTC)));
        assertThat(onlyErrorKey(e, "user")).isEqualTo("validation.tooLong");
        assertThat(new Messages(Locale.ENGLISH).error(e)).isEqualTo("User: at most 100 characters");
        assertThat(seqs(filter("x".repeat(100), null, null, null, UTC))).isEmpty();

        e = Refusals.validation(t, () -> t.audit().page(filter("ana\u0000", null, null, null, UTC), 0, 10));
        assertThat(onlyErrorKey(e, "user")).isEqualTo("validation.controlChars");
        e = Refusals.validation(t, () -> t.audit().page(filter(null, "A".repeat(41), null, null, UTC), 0, 10));
        assertThat(onlyErrorKey(e, "action")).isEqualTo("validation.tooLong");
    }

    @Test
    void datesOutsideTheSupportedRangeAreRefusedNotACrash() {
        ValidationException e = Refusals.validation(t,
                () -> t.audit().page(filter(null, null, LocalDate.MIN, LocalDate.MAX, UTC), 0, 10));
        assertThat(Refusals.fields(e)).containsExactly("from", "to");
        assertThat(e.errors().get(0).key()).isEqualTo("validation.dateRange");
        assertThat(seqs(filter(null, null, LocalDate.of(1900, 1, 1), LocalDate.of(2100, 12, 31), UTC))).hasSize(5);
    }
}
