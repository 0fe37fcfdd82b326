package org.vigia.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigia.security.KeyFileData.Lockout;

/**
 * Failure counting per tag, as pure functions over the list kept in the key file (oldest first).
 * A tag is locked for {@link #LOCK_DURATION} after {@link #MAX_FAILURES} consecutive failures;
 * when the lock has expired the count starts again from zero.
 */
final class Lockouts {
    static final int MAX_FAILURES = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(10);
    /** Records kept at most (unknown names count too); unlocked, unknown and oldest ones go first. */
    static final int MAX_RECORDS = 100;

    private Lockouts() {
    }

    /** When {@code tag} is locked at {@code now}: the instant the lock ends, else null. */
    static Instant lockedUntil(List<Lockout> records, String tag, Instant now) {
        for (Lockout l : records) {
            if (l.tag().equals(tag) && l.lockedUntil() != null && now.isBefore(l.lockedUntil())) {
                return l.lockedUntil();
            }
        }
        return null;
    }

    /** The records after one more failure of {@code tag}; {@code knownTags} are kept longest. */
    static List<Lockout> failure(List<Lockout> records, String tag, Instant now, Set<String> knownTags) {
        Map<String, Lockout> byTag = new LinkedHashMap<>();
        records.forEach(l -> byTag.put(l.tag(), l));
        Lockout old = byTag.remove(tag);
        int failures = old == null || expired(old, now) ? 1 : old.failures() + 1;
        Instant until = failures >= MAX_FAILURES ? now.plus(LOCK_DURATION) : null;
        byTag.put(tag, new Lockout(tag, failures, until)); // moved to the end: the newest
        List<Lockout> result = new ArrayList<>(byTag.values());
        result.removeIf(l -> expired(l, now));
        if (result.size() > MAX_RECORDS) {
            List<Lockout> evictionOrder = new ArrayList<>(result);
            evictionOrder.remove(evictionOrder.size() - 1); // never the record just written
            evictionOrder.sort(Comparator.comparing((Lockout l) -> l.lockedUntil() != null)
                    .thenComparing(l -> knownTags.contains(l.tag()))); // stable: oldest first within a group
            result.removeAll(evictionOrder.subList(0, result.size() - MAX_RECORDS));
        }
        return result;
    }

    /** The records without {@code tag} (a success, or an administrator clearing a lock). */
    static List<Lockout> without(List<Lockout> records, String tag) {
        List<Lockout> result = new ArrayList<>(records);
        result.removeIf(l -> l.tag().equals(tag));
        return result;
    }

    /** The records with {@code oldTag}'s record moved to {@code newTag} (a renamed user keeps a lock). */
    static List<Lockout> renamed(List<Lockout> records, String oldTag, String newTag) {
        Lockout moved = records.stream().filter(l -> l.tag().equals(oldTag)).findFirst().orElse(null);
        if (moved == null) {
            return records;
        }
        List<Lockout> result = without(without(records, oldTag), newTag);
        result.add(new Lockout(newTag, moved.failures(), moved.lockedUntil()));
        return result;
    }

    static boolean contains(List<Lockout> records, String tag) {
        return records.stream().anyMatch(l -> l.tag().equals(tag));
    }

    /** A lock that has ended: its failures no longer count. */
    private static boolean expired(Lockout l, Instant now) {
        return l.lockedUntil() != null && !now.isBefore(l.lockedUntil());
    }
}
