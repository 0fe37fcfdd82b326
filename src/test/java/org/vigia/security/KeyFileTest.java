package org.vigia.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigia.security.KeyFileFixture.ALICE;
import static org.vigia.security.KeyFileFixture.ALICE_PW;
import static org.vigia.security.KeyFileFixture.BOB;
import static org.vigia.security.KeyFileFixture.BOB_PW;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Key slots: wrapping, unwrapping, and what a changed file or a wrong password does. */
class KeyFileTest {
    @TempDir
    Path dir;
    KeyFileFixture f;

    @BeforeEach
    void setUp() {
        f = new KeyFileFixture(dir);
    }

    @Test
    void theRightPasswordUnwrapsTheDataKeyAlsoAfterReloading() {
        KeyFile keys = f.withAliceAndBob();

        assertThat(keys.unlock("Alice", ALICE_PW.toCharArray())).isInstanceOfSatisfying(Unlock.Opened.class, o -> {
            assertThat(o.userId()).isEqualTo(ALICE);
            assertThat(o.dataKey()).isEqualTo(f.dataKey);
        });
        Unlock again = f.reload().unlock("bob", BOB_PW.toCharArray());
        assertThat(again).isInstanceOfSatisfying(Unlock.Opened.class, o -> {
            assertThat(o.userId()).isEqualTo(BOB);
            assertThat(o.dataKey()).isEqualTo(f.dataKey);
        });
        assertThat(keys.userIds()).containsExactlyInAnyOrder(ALICE, BOB);
        assertThat(keys.hasUser(ALICE)).isTrue();
        assertThat(keys.hasUser(UUID.randomUUID())).isFalse();
    }

    @Test
    void userNamesAreMatchedCaseInsensitivelyAfterTrimmingAndNfc() {
        KeyFile keys = f.create();
        keys.addUserSlot(ALICE, "José", ALICE_PW.toCharArray(), f.dataKey);
        assertThat(keys.unlock("  JOSE\u0301 ", ALICE_PW.toCharArray())).isInstanceOf(Unlock.Opened.class);
    }

    @Test
    void aWrongPasswordAndAnUnknownNameAreRefusedAlikeAfterTheSameWork() {
        KeyFile keys = f.withAliceAndBob();

        long before = Kdf.WORK.get();
        Unlock wrongPassword = keys.unlock("Alice", "not her password at all".toCharArray());
        long wrongPasswordWork = Kdf.WORK.get() - before;
        before = Kdf.WORK.get();
        Unlock unknownName = keys.unlock("mallory", ALICE_PW.toCharArray());
        long unknownNameWork = Kdf.WORK.get() - before;

        assertThat(wrongPassword).isEqualTo(unknownName).isEqualTo(new Unlock.Refused());
        assertThat(unknownNameWork).isEqualTo(wrongPasswordWork).isEqualTo(1_000);
    }

    @Test
    void aSlotMovedToAnotherUserDoesNotOpen() {
        f.withAliceAndBob();
        f.edit(root -> {
            ObjectNode alice = KeyFileFixture.slotOf(root, ALICE);
            ObjectNode bob = KeyFileFixture.slotOf(root, BOB);
            bob.set("kdf", alice.get("kdf").deepCopy());
            bob.set("nonce", alice.get("nonce").deepCopy());
            bob.set("wrapped", alice.get("wrapped").deepCopy());
        });
        KeyFile keys = f.reload();

        assertThat(keys.unlock("bob", ALICE_PW.toCharArray())).isEqualTo(new Unlock.Refused());
        assertThat(keys.unlock("Alice", ALICE_PW.toCharArray())).isInstanceOf(Unlock.Opened.class);
    }

    @ParameterizedTest(name = "one bit flipped in {0}")
    @ValueSource(strings = {"nonce", "wrapped", "salt"})
    void oneFlippedBitIsRefusedNotACrash(String field) {
        f.withAliceAndBob();
        f.edit(root -> {
            ObjectNode slot = KeyFileFixture.slotOf(root, ALICE);
            ObjectNode holder = field.equals("salt") ? (ObjectNode) slot.get("kdf") : slot;
            byte[] bytes = Base64.getDecoder().decode(holder.get(field).asText());
            bytes[bytes.length / 2] ^= 0x10;
            holder.put(field, Base64.getEncoder().encodeToString(bytes));
        });
        KeyFile keys = f.reload();

        assertThat(keys.unlock("Alice", ALICE_PW.toCharArray())).isEqualTo(new Unlock.Refused());
        assertThat(keys.unlock("bob", BOB_PW.toCharArray())).isInstanceOf(Unlock.Opened.class);
    }

    @Test
    void aPasswordChangeReplacesOnlyThatUsersSlot() {
        KeyFile keys = f.withAliceAndBob();
        JsonNode bobBefore = KeyFileFixture.slotOf(f.json(), BOB);

        keys.addUserSlot(ALICE, "Alice", "a brand new passphrase".toCharArray(), f.dataKey);

        assertThat(keys.unlock("Alice", ALICE_PW.toCharArray())).isEqualTo(new Unlock.Refused());
        assertThat(keys.unlock("Alice", "a brand new passphrase".toCharArray())).isInstanceOfSatisfying(
                Unlock.Opened.class, o -> assertThat(o.dataKey()).isEqualTo(f.dataKey));
        assertThat(KeyFileFixture.slotOf(f.json(), BOB)).isEqualTo(bobBefore);
        assertThat(f.json().withArray("slots")).hasSize(2);
        assertThat(f.reload().unlock("Alice", "a brand new passphrase".toCharArray())).isInstanceOf(Unlock.Opened.class);
    }

    @Test
    void removingAUserRemovesTheSlot() {
        KeyFile keys = f.withAliceAndBob();
        keys.removeUserSlot(BOB);

        assertThat(keys.hasUser(BOB)).isFalse();
        assertThat(keys.userIds()).containsExactly(ALICE);
        assertThat(keys.unlock("bob", BOB_PW.toCharArray())).isEqualTo(new Unlock.Refused());
        assertThat(f.reload().userIds()).containsExactly(ALICE);
        assertThat(f.json().toString()).doesNotContain(BOB.toString());
        keys.removeUserSlot(BOB); // nothing left to remove: no error
    }

    @Test
    void theLastWayInCannotBeRemoved() {
        KeyFile keys = f.withAliceAndBob();
        keys.removeUserSlot(BOB);
        assertThatThrownBy(() -> keys.removeUserSlot(ALICE)).isInstanceOfSatisfying(KeyFileException.class,
                e -> assertThat(e.kind()).isEqualTo(KeyFileException.Kind.LAST_SLOT));
        assertThat(keys.hasUser(ALICE)).isTrue();

        keys.setRecoverySlot(RecoveryKey.generate(), f.dataKey);
        keys.removeUserSlot(ALICE); // the recovery slot still opens the database
        assertThat(keys.userIds()).isEmpty();
    }

    @Test
    void renamingRetagsTheSlotAndKeepsThePassword() {
        KeyFile keys = f.withAliceAndBob();
        String wrappedBefore = KeyFileFixture.slotOf(f.json(), ALICE).get("wrapped").asText();

        keys.renameUser(ALICE, "alice.m");

        assertThat(keys.unlock("Alice.M", ALICE_PW.toCharArray())).isInstanceOf(Unlock.Opened.class);
        assertThat(keys.unlock("Alice", ALICE_PW.toCharArray())).isEqualTo(new Unlock.Refused());
        assertThat(KeyFileFixture.slotOf(f.json(), ALICE).get("wrapped").asText()).isEqualTo(wrappedBefore);
    }

    @Test
    void aNameAlreadyUsedByAnotherUserIsRefused() {
        KeyFile keys = f.withAliceAndBob();
        UUID carol = UUID.randomUUID();
        assertThatThrownBy(() -> keys.addUserSlot(carol, "ALICE", "carols own passphrase".toCharArray(), f.dataKey))
                .isInstanceOfSatisfying(KeyFileException.class,
                        e -> assertThat(e.kind()).isEqualTo(KeyFileException.Kind.NAME_TAKEN));
        assertThatThrownBy(() -> keys.renameUser(BOB, "alice"))
                .isInstanceOfSatisfying(KeyFileException.class, e -> assertThat(e.key()).isEqualTo("keys.nameTaken"));
        assertThat(keys.userIds()).containsExactlyInAnyOrder(ALICE, BOB);
    }

    @Test
    void verifyChecksTheSignedInUsersPassword() {
        KeyFile keys = f.withAliceAndBob();
        assertThat(keys.verify(ALICE, ALICE_PW.toCharArray())).isInstanceOfSatisfying(Unlock.Opened.class,
                o -> assertThat(o.userId()).isEqualTo(ALICE));
        assertThat(keys.verify(ALICE, BOB_PW.toCharArray())).isEqualTo(new Unlock.Refused());
        assertThat(keys.verify(UUID.randomUUID(), ALICE_PW.toCharArray())).isEqualTo(new Unlock.Refused());
        assertThat(keys.pendingEvents()).extracting(PendingEvent::action, PendingEvent::userId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("login.failure", ALICE));
    }

    @Test
    void theRecoveryKeyOpensTheRecoverySlot() {
        KeyFile keys = f.withAliceAndBob();
        RecoveryKey recovery = RecoveryKey.generate();
        assertThat(keys.unlockWithRecovery(recovery)).as("no recovery slot yet").isEqualTo(new Unlock.Refused());
        keys.setRecoverySlot(recovery, f.dataKey);

        KeyFile reloaded = f.reload();
        RecoveryKey typed = RecoveryKey.parse(recovery.display().toLowerCase().replace("-", " "));
        assertThat(reloaded.unlockWithRecovery(typed)).isInstanceOfSatisfying(RecoveryUnlock.Recovered.class,
                r -> assertThat(r.dataKey()).isEqualTo(f.dataKey));
        assertThat(reloaded.hasRecoverySlot()).isTrue();
        assertThat(reloaded.userIds()).containsExactlyInAnyOrder(ALICE, BOB);

        assertThat(reloaded.unlockWithRecovery(RecoveryKey.generate())).isEqualTo(new Unlock.Refused());
        assertThat(reloaded.pendingEvents()).extracting(PendingEvent::action)
                .containsExactly("recovery.failure", "recovery.failure");
        assertThat(reloaded.pendingEvents()).allSatisfy(e -> assertThat(e.userId()).isNull());
    }

    @Test
    void aNewRecoveryKeyReplacesTheOldOne() {
        KeyFile keys = f.withAliceAndBob();
        RecoveryKey first = RecoveryKey.generate();
        RecoveryKey second = RecoveryKey.generate();
        keys.setRecoverySlot(first, f.dataKey);
        keys.setRecoverySlot(second, f.dataKey);

        assertThat(keys.unlockWithRecovery(first)).isEqualTo(new Unlock.Refused());
        assertThat(keys.unlockWithRecovery(second)).isInstanceOf(RecoveryUnlock.Recovered.class);
        assertThat(f.json().withArray("slots")).hasSize(3);
    }

    @Test
    void createRefusesToReplaceAnExistingKeyFile() {
        f.withAliceAndBob();
        assertThatThrownBy(f::create).isInstanceOfSatisfying(KeyFileException.class,
                e -> assertThat(e.kind()).isEqualTo(KeyFileException.Kind.EXISTS));
        assertThat(f.reload().userIds()).containsExactlyInAnyOrder(ALICE, BOB);
    }

    @Test
    void aDataKeyMustHave32Bytes() {
        KeyFile keys = f.create();
        assertThatThrownBy(() -> keys.addUserSlot(ALICE, "Alice", ALICE_PW.toCharArray(), new byte[16]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(KeyFile.newDataKey()).hasSize(32).isNotEqualTo(KeyFile.newDataKey());
    }
}
