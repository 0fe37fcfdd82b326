package org.vigia.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.vigia.security.KeyFileFixture.ALICE;
import static org.vigia.security.KeyFileFixture.ALICE_PW;
import static org.vigia.security.KeyFileFixture.BOB_PW;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What reaches the disk, and how. */
class KeyFileStorageTest {
    @TempDir
    Path dir;
    KeyFileFixture f;

    @BeforeEach
    void setUp() {
        f = new KeyFileFixture(dir);
    }

    private List<Path> folder() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void theFileHoldsNeitherNamesNorPasswordsNorTheDataKey() throws IOException {
        KeyFile keys = f.create();
        keys.addUserSlot(ALICE, "Maria.Fernanda", ALICE_PW.toCharArray(), f.dataKey);
        RecoveryKey recovery = RecoveryKey.generate();
        keys.setRecoverySlot(recovery, f.dataKey);
        keys.unlock("Maria.Fernanda", BOB_PW.toCharArray()); // a failure: lockout record and event
        keys.unlock("Unknown.Person", ALICE_PW.toCharArray());

        byte[] bytes = Files.readAllBytes(f.file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        for (String secret : List.of("Maria.Fernanda", "maria.fernanda", "Fernanda", "Unknown.Person", "unknown.person",
                ALICE_PW, BOB_PW, "tortuga", recovery.display(), recovery.display().replace("-", ""))) {
            assertThat(text).as("no %s", secret).doesNotContainIgnoringCase(secret);
        }
        for (byte[] key : List.of(f.dataKey, recovery.bytes())) {
            assertThat(indexOf(bytes, key)).as("raw key bytes").isEqualTo(-1);
            assertThat(text).doesNotContain(Base64.getEncoder().encodeToString(key))
                    .doesNotContain(Base64.getEncoder().encodeToString(key).substring(0, 20))
                    .doesNotContainIgnoringCase(HexFormat.of().formatHex(key));
        }
    }

    @Test
    void theFileIsOwnerOnlyWherePosixPermissionsExist() throws IOException {
        assumeThat(dir.getFileSystem().supportedFileAttributeViews()).contains("posix");
        f.withAliceAndBob();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f.file))).isEqualTo("rw-------");
    }

    @Test
    void savingLeavesOnlyTheKeyFileInTheFolder() throws IOException {
        KeyFile keys = f.withAliceAndBob();
        keys.unlock("Alice", "wrong wrong wrong".toCharArray());
        keys.save();
        assertThat(folder()).containsExactly(f.file);
    }

    @Test
    void aFailedSaveLeavesNoTemporaryFileAndKeepsThePreviousState() throws IOException {
        KeyFile keys = f.create();
        keys.addUserSlot(ALICE, "Alice", ALICE_PW.toCharArray(), f.dataKey);
        // the key file is replaced by a non-empty folder: the atomic move cannot replace it
        Files.delete(f.file);
        Files.createDirectory(f.file);
        Files.writeString(f.file.resolve("blocker"), "x");

        assertThatThrownBy(() -> keys.addUserSlot(KeyFileFixture.BOB, "bob", BOB_PW.toCharArray(), f.dataKey))
                .isInstanceOfSatisfying(KeyFileException.class,
                        e -> assertThat(e.kind()).isEqualTo(KeyFileException.Kind.UNWRITABLE));
        assertThat(keys.hasUser(KeyFileFixture.BOB)).as("memory matches the disk").isFalse();
        assertThatThrownBy(() -> keys.renameUser(ALICE, "alice.m")).isInstanceOf(KeyFileException.class);
        assertThat(keys.unlock("Alice", ALICE_PW.toCharArray())).isInstanceOf(Unlock.Opened.class);
        assertThat(folder()).containsExactly(f.file);
    }

    @Test
    void aFileWrittenAndReadBackIsTheSame() throws IOException {
        KeyFile keys = f.withAliceAndBob();
        keys.setRecoverySlot(RecoveryKey.generate(), f.dataKey);
        keys.unlock("nobody", "x".toCharArray());
        byte[] first = Files.readAllBytes(f.file);

        f.reload().save();
        assertThat(Files.readAllBytes(f.file)).isEqualTo(first);
        assertThat(new String(first, StandardCharsets.UTF_8)).contains("\"format\" : \"vigia.keys\"", "\"version\" : 1");
    }

    @Test
    void whenFailuresCannotBeWrittenTheyStillCountInMemoryAndTheRightPasswordStillOpens() throws IOException {
        KeyFile keys = f.withAliceAndBob();
        keys.unlock("Alice", "wrong wrong wrong".toCharArray()); // one failure on disk
        Files.delete(f.file);
        Files.createDirectory(f.file);
        Files.writeString(f.file.resolve("blocker"), "x");

        assertThat(keys.unlock("Alice", ALICE_PW.toCharArray())).as("a success is not blocked by the disk")
                .isInstanceOf(Unlock.Opened.class);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> keys.unlock("Alice", "wrong wrong wrong".toCharArray()))
                    .isInstanceOfSatisfying(KeyFileException.class,
                            e -> assertThat(e.kind()).isEqualTo(KeyFileException.Kind.UNWRITABLE));
        }
        assertThat(keys.unlock("Alice", ALICE_PW.toCharArray())).isInstanceOf(Unlock.Locked.class);
        assertThat(folder()).containsExactly(f.file);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
