package org.vigia.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/** The content of a key file, immutable: every change builds a new one, written before it is used. */
record KeyFileData(byte[] lookupSalt, List<Slot> slots, List<Lockout> lockouts, List<PendingEvent> events) {
    static final String FORMAT = "vigia.keys";
    static final int VERSION = 1;
    static final int LOOKUP_SALT_BYTES = 32;
    static final int NONCE_BYTES = 12;
    static final int WRAPPED_BYTES = Kdf.KEY_BYTES + 16; // ciphertext + 128-bit GCM tag
    static final String RECOVERY_TAG = "recovery";
    /** Key derivation of the recovery slot: the random 256-bit recovery key is the wrapping key itself. */
    static final String ALG_NONE = "none";

    KeyFileData {
        slots = List.copyOf(slots);
        lockouts = List.copyOf(lockouts);
        events = List.copyOf(events);
    }

    KeyFileData withSlots(List<Slot> s) {
        return new KeyFileData(lookupSalt, s, lockouts, events);
    }

    KeyFileData withLockouts(List<Lockout> l) {
        return new KeyFileData(lookupSalt, slots, l, events);
    }

    KeyFileData withEvents(List<PendingEvent> e) {
        return new KeyFileData(lookupSalt, slots, lockouts, e);
    }

    /** The slots with the one matching {@code which} replaced by {@code slot}, removed (null) or added (no match). */
    List<Slot> slotsWith(Predicate<Slot> which, Slot slot) {
        List<Slot> result = new ArrayList<>();
        boolean matched = false;
        for (Slot s : slots) {
            if (which.test(s)) {
                matched = true;
                if (slot != null) {
                    result.add(slot);
                }
            } else {
                result.add(s);
            }
        }
        if (!matched && slot != null) {
            result.add(slot);
        }
        return result;
    }

    /** {@code alg} is {@link Kdf#ALGORITHM} for user slots, {@link #ALG_NONE} for the recovery slot. */
    record KdfParams(String alg, int iterations, byte[] salt) {
    }

    /** A wrapped data key. {@code userId} is null for the recovery slot, whose tag is "recovery". */
    record Slot(UUID userId, String tag, KdfParams kdf, byte[] nonce, byte[] wrapped) {
        boolean isRecovery() {
            return userId == null;
        }

        Slot withTag(String newTag) {
            return new Slot(userId, newTag, kdf, nonce, wrapped);
        }
    }

    /** Consecutive failures for a tag; {@code lockedUntil} is null when not locked. */
    record Lockout(String tag, int failures, Instant lockedUntil) {
    }
}
