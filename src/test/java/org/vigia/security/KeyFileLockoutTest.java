package org.vigia.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.vigia.security.KeyFileFixture.ALICE;
import static org.vigia.security.KeyFileFixture.ALICE_PW;
import static org.vigia.security.KeyFileFixture.BOB;
import static org.vigia.security.KeyFileFixture.BOB_PW;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Five consecutive failures lock a name for ten minutes, measured by the injected clock. */
class KeyFileLockoutTest {
    private static final char[] WRONG = "definitely not right".toCharArray();

    @TempDir
    Path dir;
    KeyFileFixture f;
    KeyFile keys;

    @BeforeEach
    void setUp() {
        f = new KeyFileFixture(dir);
        keys = f.withAliceAndBob();
    }

    private void fail(String name, int times) {
        for (int i = 0; i < times; i++) {
            keys.unlock(name, WRONG);
        }
    }

    @Test
    void theConstantsAreFiveFailuresAndTenMinutes() {
        assertThat(KeyFile.MAX_FAILURES).isEqualTo(5);
        assertThat(KeyFile.LOCK_DURATION).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void theFifthFailureLocksAndEvenTheRightPasswordIsThenRefusedWithoutKeyDerivation() {
        for (int i = 0; i < 4; i++) {
            assertThat(keys.unlock("Alice", WRONG)).isEqualTo(new Unlock.Refused());
        }
        Instant until = f.clock.instant().plus(Duration.ofMinutes(10));
        assertThat(keys.unlock("Alice", WRONG)).isEqualTo(new Unlock.Locked(until));

        long work = Kdf.WORK.get();
        assertThat(keys.unlock("alice", ALICE_PW.toCharArray())).isEqualTo(new Unlock.Locked(until));
        assertThat(keys.verify(ALICE, ALICE_PW.toCharArray())).isEqualTo(new Unlock.Locked(until));
        assertThat(Kdf.WORK.get()).as("no key derivation while locked").isEqualTo(work);
        assertThat(keys.unlock("bob", BOB_PW.toCharArray())).as("other users are not locked").isInstanceOf(Unlock.Opened.class);
    }

    @Test
    void theLockEndsAfterTenMinutesByTheClock() {
        fail("Alice", 5);
        f.clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertThat(keys.unlock("Alice", ALICE_PW.toCharArray())).isInstanceOf(Unlock.Locked.class);
        f.clock.advance(Duration.ofSeconds(1));
        assertThat(keys.unlock("Alice", ALICE_PW.toCharArray())).isInstanceOf(Unlock.Opened.class);
    }

    @Test
    void afterAnExpiredLockTheCountStartsAgain() {
        fail("Alice", 5);
        f.clock.advance(Duration.ofMinutes(11));
        for (int i = 0; i < 4; i++) {
            assertThat(keys.unlock("Alice", WRONG)).isEqualTo(new Unlock.Refused());
        }
        assertThat(keys.unlock("Alice", WRONG)).isInstanceOf(Unlock.Locked.class);
    }

    @Test
    void theLockSurvivesAReloadFromDisk() {
        fail("Alice", 5);
        KeyFile reloaded = f.reload();
        assertThat(reloaded.unlock("Alice", ALICE_PW.toCharArray())).isInstanceOf(Unlock.Locked.class);
        f.clock.advance(Duration.ofMinutes(10));
        assertThat(f.reload().unlock("Alice", ALICE_PW.toCharArray())).isInstanceOf(Unlock.Opened.class);
    }

    @Test
    void theFailureCountSurvivesAReloadToo() {
        fail("Alice", 4);
        assertThat(f.reload().unlock("Alice", WRONG)).isInstanceOf(Unlock.Locked.class);
    }

    @Test
    void aSuccessResetsTheCount() {
        fail("Alice", 4);
        assertThat(keys.unlock("Alice", ALICE_PW.toCharArray())).isInstanceOf(Unlock.Opened.class);
        fail("Alice", 4);
        assertThat(keys.unlock("Alice", ALICE_PW.toCharArray())).isInstanceOf(Unlock.Opened.class);
        assertThat(f.json().withArray("lockouts")).isEmpty();
    }

    @Test
    void verifyFailuresCountTowardsTheSameLock() {
        for (int i = 0; i < 3; i++) {
            keys.verify(ALICE, WRONG);
        }
        fail("ALICE", 1);
        assertThat(keys.verify(ALICE, WRONG)).isInstanceOf(Unlock.Locked.class);
        assertThat(keys.unlock("Alice", ALICE_PW.toCharArray())).isInstanceOf(Unlock.Locked.class);
    }

    @Test
    void anUnknownNameLocksExactlyLikeAKnownOne() {
        Unlock[] known = new Unlock[5];
        Unlock[] unknown = new Unlock[5];
        for (int i = 0; i < 5; i++) {
            known[i] = keys.unlock("Alice", WRONG);
            unknown[i] = keys.unlock("mallory", WRONG);
        }
        assertThat(unknown).containsExactly(known);
        assertThat(unknown[4]).isInstanceOf(Unlock.Locked.class);
        assertThat(keys.unlock("mallory", WRONG)).isEqualTo(known[4]);
    }

    @Test
    void theRecoveryKeyIsRateLimitedToo() {
        RecoveryKey recovery = RecoveryKey.generate();
        keys.setRecoverySlot(recovery, f.dataKey);
        for (int i = 0; i < 4; i++) {
            assertThat(keys.unlockWithRecovery(RecoveryKey.generate())).isEqualTo(new Unlock.Refused());
        }
        assertThat(keys.unlockWithRecovery(RecoveryKey.generate())).isInstanceOf(Unlock.Locked.class);
        assertThat(keys.unlockWithRecovery(recovery)).isInstanceOf(Unlock.Locked.class);
        assertThat(keys.unlock("Alice", ALICE_PW.toCharArray())).isInstanceOf(Unlock.Opened.class);
        f.clock.advance(Duration.ofMinutes(10));
        assertThat(keys.unlockWithRecovery(recovery)).isInstanceOf(RecoveryUnlock.Recovered.class);
        assertThat(keys.pendingEvents()).extracting(PendingEvent::action).containsExactly(
                "recovery.failure", "recovery.failure", "recovery.failure", "recovery.failure", "recovery.failure",
                "account.locked");
    }

    @Test
    void anAdministratorCanClearALock() {
        fail("Alice", 5);
        keys.clearLock(ALICE);
        assertThat(keys.unlock("Alice", ALICE_PW.toCharArray())).isInstanceOf(Unlock.Opened.class);
        assertThat(f.reload().unlock("Alice", ALICE_PW.toCharArray())).isInstanceOf(Unlock.Opened.class);
    }

    @Test
    void aRenamedUserKeepsTheLock() {
        fail("Alice", 5);
        keys.renameUser(ALICE, "alice.m");
        assertThat(keys.unlock("alice.m", ALICE_PW.toCharArray())).isInstanceOf(Unlock.Locked.class);
    }

    @Test
    void failuresAndLocksArePendingEventsUntilTheAppHasCopiedThem() {
        fail("Alice", 5);
        f.clock.advance(Duration.ofMinutes(1));
        keys.unlock("mallory", WRONG);
        Instant start = Instant.parse("2026-03-01T08:00:00Z");

        assertThat(f.reload().pendingEvents()).extracting(PendingEvent::at, PendingEvent::action, PendingEvent::userId)
                .containsExactly(
                        tuple(start, "login.failure", ALICE), tuple(start, "login.failure", ALICE),
                        tuple(start, "login.failure", ALICE), tuple(start, "login.failure", ALICE),
                        tuple(start, "login.failure", ALICE), tuple(start, "account.locked", ALICE),
                        tuple(start.plusSeconds(60), "login.failure", null));

        keys.clearPendingEvents(6);
        assertThat(keys.pendingEvents()).extracting(PendingEvent::action, PendingEvent::userId).containsExactly(tuple("login.failure", null));
        assertThat(f.reload().pendingEvents()).hasSize(1);
        keys.clearPendingEvents(0);
        assertThatThrownBy(() -> keys.clearPendingEvents(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> keys.clearPendingEvents(-1)).isInstanceOf(IllegalArgumentException.class);
        keys.clearPendingEvents(1);
        assertThat(f.reload().pendingEvents()).isEmpty();
    }

    @Test
    void aLockedAttemptIsNotAnotherEvent() {
        fail("Alice", 5);
        int events = keys.pendingEvents().size();
        keys.unlock("Alice", WRONG);
        assertThat(keys.pendingEvents()).hasSize(events);
    }

    @Test
    void lockoutRecordsAreCappedAndARealUsersLockIsKeptLongest() {
        fail("Alice", 5);
        for (int i = 0; i < Lockouts.MAX_RECORDS + 50; i++) {
            keys.unlock("guess" + i, WRONG);
        }
        assertThat(f.json().withArray("lockouts")).hasSize(Lockouts.MAX_RECORDS);
        assertThat(keys.unlock("Alice", ALICE_PW.toCharArray())).isInstanceOf(Unlock.Locked.class);
        assertThat(keys.unlock("guess" + (Lockouts.MAX_RECORDS + 49), WRONG)).as("newest kept, counting 2")
                .isEqualTo(new Unlock.Refused());
    }

    @Test
    void pendingEventsAreCappedDroppingTheOldest() {
        keys.unlock("mallory", WRONG);
        f.edit(root -> { // a file that already holds the most events kept
            var events = root.withArray("pendingEvents");
            var first = events.get(0);
            events.removeAll();
            for (int i = 0; i < KeyFile.MAX_PENDING_EVENTS; i++) {
                events.add(first.deepCopy());
            }
        });
        keys = f.reload();
        f.clock.advance(Duration.ofMinutes(1));
        keys.unlock("mallory", WRONG);

        assertThat(keys.pendingEvents()).hasSize(KeyFile.MAX_PENDING_EVENTS);
        assertThat(f.reload().pendingEvents()).hasSize(KeyFile.MAX_PENDING_EVENTS)
                .last().extracting(PendingEvent::at).isEqualTo(f.clock.instant());
    }
}
