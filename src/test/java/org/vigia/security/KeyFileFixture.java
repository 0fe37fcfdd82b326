package org.vigia.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

/** A key file in a temporary folder, a cheap KDF (1,000 iterations) and a clock moved by hand. */
final class KeyFileFixture {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Kdf KDF = new Kdf(1_000);
    static final UUID ALICE = UUID.fromString("018f3a10-0000-7000-8000-000000000001");
    static final UUID BOB = UUID.fromString("018f3a10-0000-7000-8000-000000000002");
    static final String ALICE_PW = "tortuga azul bajo la lluvia";
    static final String BOB_PW = "el condor pasa por la sierra";

    final Path file;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    final byte[] dataKey = KeyFile.newDataKey();

    KeyFileFixture(Path dir) {
        this.file = dir.resolve(KeyFile.FILE_NAME);
    }

    KeyFile create() {
        return KeyFile.create(file, KDF, clock);
    }

    /** A key file with the slots of Alice ("Alice") and Bob ("bob"). */
    KeyFile withAliceAndBob() {
        KeyFile keys = create();
        keys.addUserSlot(ALICE, "Alice", ALICE_PW.toCharArray(), dataKey);
        keys.addUserSlot(BOB, "bob", BOB_PW.toCharArray(), dataKey);
        return keys;
    }

    KeyFile reload() {
        return KeyFile.load(file, KDF, clock);
    }

    ObjectNode json() {
        try {
            return (ObjectNode) JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Edits the file on disk as someone with a text editor would. */
    void edit(Consumer<ObjectNode> change) {
        ObjectNode root = json();
        change.accept(root);
        write(root.toString());
    }

    void write(String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode slotOf(ObjectNode root, UUID userId) {
        for (var slot : root.withArray("slots")) {
            if (userId.toString().equals(slot.path("userId").asText(null))) {
                return (ObjectNode) slot;
            }
        }
        throw new AssertionError("no slot for " + userId);
    }
}
