package org.vigia.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigia.security.KeyFileFixture.ALICE;
import static org.vigia.security.KeyFileFixture.ALICE_PW;
import static org.vigia.security.KeyFileFixture.BOB;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigia.security.KeyFileException.Kind;

/** A missing, damaged or newer key file gives a KeyFileException of the right kind, nothing else. */
class KeyFileLoadTest {
    @TempDir
    Path dir;
    KeyFileFixture f;

    @BeforeEach
    void setUp() {
        f = new KeyFileFixture(dir);
        KeyFile keys = f.withAliceAndBob();
        keys.setRecoverySlot(RecoveryKey.generate(), f.dataKey);
        keys.unlock("nobody", "wrong".toCharArray()); // a lockout record and a pending event
    }

    private void assertLoadFails(Kind kind) {
        assertThatThrownBy(f::reload).isInstanceOfSatisfying(KeyFileException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.key()).isEqualTo(kind.key()).startsWith("keys.");
        });
    }

    @Test
    void theUntouchedFileLoads() {
        assertThat(f.reload().unlock("Alice", ALICE_PW.toCharArray())).isInstanceOf(Unlock.Opened.class);
        assertThat(f.reload().pendingEvents()).hasSize(1);
    }

    @Test
    void aMissingFileIsMissing() throws IOException {
        Files.delete(f.file);
        assertLoadFails(Kind.MISSING);
        assertThat(Kind.MISSING.key()).isEqualTo("keys.missing");
    }

    @Test
    void anEmptyFileIsDamaged() {
        f.write("");
        assertLoadFails(Kind.DAMAGED);
    }

    @Test
    void aTruncatedFileIsDamaged() throws IOException {
        String text = Files.readString(f.file);
        for (int cut : new int[] {1, text.length() / 3, text.length() / 2, text.length() - 2}) {
            f.write(text.substring(0, cut));
            assertLoadFails(Kind.DAMAGED);
        }
    }

    @Test
    void textThatIsNotJsonIsDamaged() throws IOException {
        String valid = f.json().toString();
        f.write("this is not JSON");
        assertLoadFails(Kind.DAMAGED);
        Files.write(f.file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        assertLoadFails(Kind.DAMAGED);
        f.write("[1, 2, 3]");
        assertLoadFails(Kind.DAMAGED);
        f.write("null");
        assertLoadFails(Kind.DAMAGED);
        f.write(valid + " {}");
        assertLoadFails(Kind.DAMAGED);
    }

    @Test
    void aHigherVersionIsNewer() {
        f.edit(root -> root.put("version", 2));
        assertLoadFails(Kind.NEWER_FORMAT);
        assertThat(Kind.NEWER_FORMAT.key()).isEqualTo("keys.newer");
    }

    @Test
    void aNewerVersionIsReportedEvenIfItsFieldsAreUnknown() {
        f.write("{\"format\":\"vigia.keys\",\"version\":7,\"somethingNew\":[]}");
        assertLoadFails(Kind.NEWER_FORMAT);
    }

    static Stream<Arguments> damages() {
        return Stream.of(
                damage("version 0", r -> r.put("version", 0)),
                damage("version as text", r -> r.put("version", "1")),
                damage("version missing", r -> r.remove("version")),
                damage("other format", r -> r.put("format", "something.else")),
                damage("format missing", r -> r.remove("format")),
                damage("lookupSalt missing", r -> r.remove("lookupSalt")),
                damage("lookupSalt too short", r -> r.put("lookupSalt", "AAAA")),
                damage("slots missing", r -> r.remove("slots")),
                damage("slots not a list", r -> r.put("slots", "none")),
                damage("a slot is not an object", r -> r.withArray("slots").add(3)),
                damage("nonce missing", r -> alice(r).remove("nonce")),
                damage("nonce bad base64", r -> alice(r).put("nonce", "!!not*base64!!")),
                damage("nonce 11 bytes", r -> alice(r).put("nonce", "AAAAAAAAAAAAAAA=")),
                damage("wrapped missing", r -> alice(r).remove("wrapped")),
                damage("wrapped too short", r -> alice(r).put("wrapped", "AAAA")),
                damage("wrapped is a number", r -> alice(r).put("wrapped", 12)),
                damage("kdf missing", r -> alice(r).remove("kdf")),
                damage("kdf salt missing", r -> kdf(r).remove("salt")),
                damage("kdf salt 15 bytes", r -> kdf(r).put("salt", "AAAAAAAAAAAAAAAAAAAA")),
                damage("kdf unknown algorithm", r -> kdf(r).put("alg", "MD5")),
                damage("kdf 0 iterations", r -> kdf(r).put("iterations", 0)),
                damage("kdf 20 million iterations (DoS)", r -> kdf(r).put("iterations", 20_000_000)),
                damage("kdf iterations beyond int", r -> kdf(r).put("iterations", 1L << 40)),
                damage("kdf iterations as text", r -> kdf(r).put("iterations", "1000")),
                damage("userId not a UUID", r -> alice(r).put("userId", "alice")),
                damage("userId short UUID form", r -> alice(r).put("userId", "1-2-3-4-5")),
                damage("tag missing", r -> alice(r).remove("tag")),
                damage("tag not a tag", r -> alice(r).put("tag", "Alice")),
                damage("two slots for one user", r -> KeyFileFixture.slotOf(r, BOB).put("userId", ALICE.toString())),
                damage("two slots with one tag", r -> KeyFileFixture.slotOf(r, BOB).set("tag", alice(r).get("tag"))),
                damage("two recovery slots", r -> r.withArray("slots").add(recovery(r).deepCopy())),
                damage("recovery slot with a KDF", r -> recovery(r).set("kdf", alice(r).get("kdf").deepCopy())),
                damage("lockouts missing", r -> r.remove("lockouts")),
                damage("lockout negative failures", r -> lockout(r).put("failures", -1)),
                damage("lockout bad date", r -> lockout(r).put("lockedUntil", "tomorrow")),
                damage("pendingEvents missing", r -> r.remove("pendingEvents")),
                damage("event unknown action", r -> event(r).put("action", "coffee.break")),
                damage("event without time", r -> event(r).remove("at")),
                damage("event bad userId", r -> event(r).put("userId", "x")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void aMissingOrMalformedFieldIsDamaged(String name, Consumer<ObjectNode> change) {
        f.edit(change);
        assertLoadFails(Kind.DAMAGED);
    }

    @Test
    void aFileThatCannotBeReadIsUnreadable() throws IOException {
        Files.delete(f.file);
        Files.createDirectory(f.file); // reading a folder fails with an I/O error, not "missing"
        assertLoadFails(Kind.UNREADABLE);
    }

    @Test
    void anAbsurdlyLargeFileIsDamagedWithoutBeingRead() throws IOException {
        Files.write(f.file, new byte[KeyFileCodec.MAX_FILE_BYTES + 1]);
        assertLoadFails(Kind.DAMAGED);
    }

    private static Arguments damage(String name, Consumer<ObjectNode> change) {
        return Arguments.of(name, change);
    }

    private static ObjectNode alice(ObjectNode root) {
        return KeyFileFixture.slotOf(root, ALICE);
    }

    private static ObjectNode kdf(ObjectNode root) {
        return (ObjectNode) alice(root).get("kdf");
    }

    private static ObjectNode recovery(ObjectNode root) {
        for (var slot : root.withArray("slots")) {
            if (slot.get("userId").isNull()) {
                return (ObjectNode) slot;
            }
        }
        throw new AssertionError("no recovery slot");
    }

    private static ObjectNode lockout(ObjectNode root) {
        return (ObjectNode) root.withArray("lockouts").get(0);
    }

    private static ObjectNode event(ObjectNode root) {
        return (ObjectNode) root.withArray("pendingEvents").get(0);
    }
}
