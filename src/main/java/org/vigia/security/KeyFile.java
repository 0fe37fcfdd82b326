package org.vigia.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.vigia.security.KeyFileData.KdfParams;
import org.vigia.security.KeyFileData.Slot;
import org.vigia.security.KeyFileException.Kind;

/**
 * The key file ({@code vigia.keys}) beside the database: the random data key of the database,
 * wrapped with AES-256-GCM once per user under a key derived from that user's password (a key
 * slot), and once under the recovery key; also the lockout state and the security events that
 * happened while the database could not be opened. User names are stored only as HMAC tags.
 *
 * <p>Every change is written to disk (atomically) before the method returns; when the write
 * fails, a {@link KeyFileException} of kind {@link Kind#UNWRITABLE} is thrown and this object
 * keeps its previous state, with two exceptions that fail safe: a failed attempt still counts in
 * memory (and the exception is thrown instead of {@link Unlock.Refused}), and a successful one
 * still opens. Methods are synchronized. Use one KeyFile object per file: two objects on the
 * same file would overwrite each other's changes.
 */
public final class KeyFile {
    public static final String FILE_NAME = "vigia.keys";
    public static final int MAX_FAILURES = Lockouts.MAX_FAILURES;
    public static final java.time.Duration LOCK_DURATION = Lockouts.LOCK_DURATION;
    /** Pending events kept at most; the oldest are dropped past this (e.g. a database never opened again). */
    public static final int MAX_PENDING_EVENTS = 1_000;

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path file;
    private final Kdf kdf;
    private final Clock clock;
    private final byte[] dummySalt = Kdf.newSalt();
    private KeyFileData data;

    private KeyFile(Path file, Kdf kdf, Clock clock, KeyFileData data) {
        this.file = file;
        this.kdf = kdf;
        this.clock = clock;
        this.data = data;
    }

    /** Creates a new, empty key file; refuses ({@link Kind#EXISTS}) to replace an existing one. */
    public static KeyFile create(Path file, Kdf kdf, Clock clock) {
        if (Files.exists(file)) {
            throw new KeyFileException(Kind.EXISTS);
        }
        byte[] lookupSalt = new byte[KeyFileData.LOOKUP_SALT_BYTES];
        RANDOM.nextBytes(lookupSalt);
        KeyFile keys = new KeyFile(file, kdf, clock, new KeyFileData(lookupSalt, List.of(), List.of(), List.of()));
        keys.save();
        return keys;
    }

    public static KeyFile load(Path file, Kdf kdf, Clock clock) {
        Objects.requireNonNull(kdf);
        Objects.requireNonNull(clock);
        byte[] bytes;
        try {
            if (Files.exists(file) && Files.size(file) > KeyFileCodec.MAX_FILE_BYTES) {
                throw new KeyFileException(Kind.DAMAGED);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new KeyFileException(Kind.MISSING, e);
        } catch (IOException e) {
            throw new KeyFileException(Kind.UNREADABLE, e);
        }
        return new KeyFile(file, kdf, clock, KeyFileCodec.decode(bytes));
    }

    /** A new random 256-bit data key for the database. */
    public static byte[] newDataKey() {
        byte[] key = new byte[Kdf.KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    /** Writes the current state atomically (every change already does this). */
    public synchronized void save() {
        commit(data);
    }

    public Path file() {
        return file;
    }

    /** Adds this user's slot, or replaces it (a password change): other slots are left byte for byte. */
    public synchronized void addUserSlot(UUID userId, String userName, char[] password, byte[] dataKey) {
        Objects.requireNonNull(userId);
        checkDataKey(dataKey);
        String tag = tagOf(userName);
        Optional<Slot> sameName = slotByTag(tag);
        if (sameName.isPresent() && !userId.equals(sameName.get().userId())) {
            throw new KeyFileException(Kind.NAME_TAKEN);
        }
        byte[] salt = Kdf.newSalt();
        byte[] kek = kdf.derive(password, salt);
        try {
            Slot slot = SlotCrypto.wrap(userId, tag, new KdfParams(Kdf.ALGORITHM, kdf.iterations(), salt), kek, dataKey);
            commit(data.withSlots(data.slotsWith(s -> userId.equals(s.userId()), slot)));
        } finally {
            SlotCrypto.clear(kek);
        }
    }

    public synchronized void removeUserSlot(UUID userId) {
        Optional<Slot> slot = slotOf(userId);
        if (slot.isEmpty()) {
            return;
        }
        if (data.slots().size() == 1) {
            throw new KeyFileException(Kind.LAST_SLOT);
        }
        commit(data.withSlots(data.slotsWith(s -> userId.equals(s.userId()), null))
                .withLockouts(Lockouts.without(data.lockouts(), slot.get().tag())));
    }

    /** Gives a user's slot the tag of a new name; the wrapped key is unchanged (the password stays). */
    public synchronized void renameUser(UUID userId, String newName) {
        Slot slot = slotOf(userId).orElseThrow(() -> new IllegalArgumentException("no slot for this user"));
        String tag = tagOf(newName);
        Optional<Slot> sameName = slotByTag(tag);
        if (sameName.isPresent() && !userId.equals(sameName.get().userId())) {
            throw new KeyFileException(Kind.NAME_TAKEN);
        }
        commit(data.withSlots(data.slotsWith(s -> userId.equals(s.userId()), slot.withTag(tag)))
                .withLockouts(Lockouts.renamed(data.lockouts(), slot.tag(), tag))); // a lock follows the user
    }

    /** Sets (or replaces) the recovery slot. */
    public synchronized void setRecoverySlot(RecoveryKey recoveryKey, byte[] dataKey) {
        checkDataKey(dataKey);
        byte[] kek = recoveryKey.bytes();
        try {
            Slot slot = SlotCrypto.wrap(null, KeyFileData.RECOVERY_TAG,
                    new KdfParams(KeyFileData.ALG_NONE, 0, new byte[0]), kek, dataKey);
            commit(data.withSlots(data.slotsWith(Slot::isRecovery, slot)));
        } finally {
            SlotCrypto.clear(kek);
        }
    }

    public synchronized boolean hasUser(UUID userId) {
        return slotOf(userId).isPresent();
    }

    public synchronized boolean hasRecoverySlot() {
        return data.slots().stream().anyMatch(Slot::isRecovery);
    }

    public synchronized Set<UUID> userIds() {
        return data.slots().stream().filter(s -> !s.isRecovery()).map(Slot::userId)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Opens the slot of {@code userName} with {@code password}. A wrong name and a wrong password
     * give the same {@link Unlock.Refused} after the same key-derivation work, and both count
     * towards a lock of that name.
     */
    public synchronized Unlock unlock(String userName, char[] password) {
        String tag = tagOf(userName);
        Optional<Slot> slot = slotByTag(tag).filter(s -> !s.isRecovery());
        return attempt(tag, slot.orElse(null), password, slot.map(Slot::userId).orElse(null));
    }

    /** Checks the password of a signed-in user (idle unlock, password change); counts failures like {@link #unlock}. */
    public synchronized Unlock verify(UUID userId, char[] password) {
        Optional<Slot> slot = slotOf(userId);
        if (slot.isEmpty()) {
            return new Unlock.Refused();
        }
        return attempt(slot.get().tag(), slot.get(), password, userId);
    }

    /** Opens the recovery slot; failures are counted under the tag "recovery". */
    public synchronized RecoveryUnlock unlockWithRecovery(RecoveryKey recoveryKey) {
        String tag = KeyFileData.RECOVERY_TAG;
        Instant now = clock.instant();
        Instant until = Lockouts.lockedUntil(data.lockouts(), tag, now);
        if (until != null) {
            return new Unlock.Locked(until);
        }
        Optional<Slot> slot = slotByTag(tag);
        byte[] kek = recoveryKey.bytes();
        try {
            byte[] dataKey = slot.map(s -> SlotCrypto.unwrap(s, kek)).orElse(null);
            if (dataKey != null) {
                succeeded(tag);
                return new RecoveryUnlock.Recovered(dataKey);
            }
        } finally {
            SlotCrypto.clear(kek);
        }
        Instant lockedUntil = failed(tag, now, PendingEvent.RECOVERY_FAILURE, null);
        return lockedUntil == null ? new Unlock.Refused() : new Unlock.Locked(lockedUntil);
    }

    /** Lifts the lock (and the failure count) of a user, e.g. by an administrator. */
    public synchronized void clearLock(UUID userId) {
        slotOf(userId).ifPresent(s -> succeeded(s.tag()));
    }

    public synchronized List<PendingEvent> pendingEvents() {
        return data.events();
    }

    /** Removes the first {@code n} pending events, once the app has written them to its audit chain. */
    public synchronized void clearPendingEvents(int n) {
        if (n < 0 || n > data.events().size()) {
            throw new IllegalArgumentException("n must be within 0.." + data.events().size());
        }
        if (n > 0) {
            commit(data.withEvents(data.events().subList(n, data.events().size())));
        }
    }

    private Unlock attempt(String tag, Slot slot, char[] password, UUID userId) {
        Instant now = clock.instant();
        Instant until = Lockouts.lockedUntil(data.lockouts(), tag, now);
        if (until != null) {
            return new Unlock.Locked(until);
        }
        byte[] dataKey = null;
        if (slot == null) {
            SlotCrypto.clear(Kdf.derive(password, dummySalt, dummyIterations())); // same work as a real slot
        } else {
            byte[] kek = Kdf.derive(password, slot.kdf().salt(), slot.kdf().iterations());
            dataKey = SlotCrypto.unwrap(slot, kek);
            SlotCrypto.clear(kek);
        }
        if (dataKey != null) {
            succeeded(tag);
            return new Unlock.Opened(slot.userId(), dataKey);
        }
        Instant lockedUntil = failed(tag, now, PendingEvent.LOGIN_FAILURE, userId);
        return lockedUntil == null ? new Unlock.Refused() : new Unlock.Locked(lockedUntil);
    }

    /** Counts a failure, records its events and saves; returns the end of the lock it started, or null. */
    private Instant failed(String tag, Instant now, String action, UUID userId) {
        Set<String> known = data.slots().stream().map(Slot::tag).collect(Collectors.toSet());
        List<KeyFileData.Lockout> lockouts = Lockouts.failure(data.lockouts(), tag, now, known);
        List<PendingEvent> events = new ArrayList<>(data.events());
        events.add(new PendingEvent(now, action, userId));
        Instant until = Lockouts.lockedUntil(lockouts, tag, now);
        if (until != null) {
            events.add(new PendingEvent(now, PendingEvent.ACCOUNT_LOCKED, userId));
        }
        if (events.size() > MAX_PENDING_EVENTS) {
            events = events.subList(events.size() - MAX_PENDING_EVENTS, events.size());
        }
        KeyFileData next = data.withLockouts(lockouts).withEvents(events);
        try {
            commit(next);
        } catch (KeyFileException e) {
            data = next; // fail safe: the failure still counts in memory, so an unwritable file does not lift the limit
            throw e;
        }
        return until;
    }

    /** Resets the count of a tag; a success is not turned into a refusal when that cannot be written. */
    private void succeeded(String tag) {
        if (Lockouts.contains(data.lockouts(), tag)) {
            KeyFileData next = data.withLockouts(Lockouts.without(data.lockouts(), tag));
            try {
                commit(next);
            } catch (KeyFileException e) {
                data = next; // the stale count on disk is harmless; the next successful write clears it
            }
        }
    }

    /** The cost of the first user slot, so that an unknown name costs what a known one does. */
    private int dummyIterations() {
        return data.slots().stream().filter(s -> !s.isRecovery()).map(s -> s.kdf().iterations())
                .findFirst().orElse(kdf.iterations());
    }

    private void commit(KeyFileData next) {
        try {
            AtomicWrite.write(file, KeyFileCodec.encode(next));
        } catch (IOException e) {
            throw new KeyFileException(Kind.UNWRITABLE, e);
        }
        data = next;
    }

    private String tagOf(String userName) {
        return SlotCrypto.tag(data.lookupSalt(), userName);
    }

    private Optional<Slot> slotByTag(String tag) {
        return data.slots().stream().filter(s -> s.tag().equals(tag)).findFirst();
    }

    private Optional<Slot> slotOf(UUID userId) {
        return data.slots().stream().filter(s -> userId != null && userId.equals(s.userId())).findFirst();
    }

    private static void checkDataKey(byte[] dataKey) {
        if (dataKey == null || dataKey.length != Kdf.KEY_BYTES) {
            throw new IllegalArgumentException("a data key has 32 bytes");
        }
    }
}
