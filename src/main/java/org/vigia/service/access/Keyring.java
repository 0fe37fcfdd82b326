package org.vigia.service.access;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The key slots of the open database (vigia.keys): each account's password wraps the data key.
 * The account service keeps slots in step with accounts; the slots also count failed attempts
 * and lock a name out, before and after the database is open.
 */
public interface Keyring {
    /** Adds or replaces the account's slot: the open database's key wrapped under {@code password}. */
    void setPassword(UUID userId, String userName, char[] password);

    void remove(UUID userId);

    void rename(UUID userId, String newUserName);

    /** Checks a name and password against the slots, counting failures as a sign-in does. */
    Check check(String userName, char[] password);

    void clearLock(UUID userId);

    /** Security events recorded in the key file (failed sign-ins, lockouts), oldest first. */
    List<Pending> pending();

    /** Forgets the first {@code n} pending events, once they are in the audit chain. */
    void clearPending(int n);

    /** The result of a check: never says whether the name or the password was wrong. */
    sealed interface Check {
    }

    record Opened(UUID userId) implements Check {
    }

    record Refused() implements Check {
    }

    record Locked(Instant until) implements Check {
    }

    /** A security event that happened while the database was locked. */
    record Pending(Instant at, String action, UUID userId) {
    }
}
