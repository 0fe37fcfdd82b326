package org.vigia.security;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A security event recorded in the key file while the database could not be opened, for the app to
 * copy into its audit chain later. {@code userId} is null when no user is known (an unknown name,
 * the recovery key).
 */
public record PendingEvent(Instant at, String action, UUID userId) {
    public static final String LOGIN_FAILURE = "login.failure";
    public static final String ACCOUNT_LOCKED = "account.locked";
    public static final String RECOVERY_FAILURE = "recovery.failure";
    static final Set<String> ACTIONS = Set.of(LOGIN_FAILURE, ACCOUNT_LOCKED, RECOVERY_FAILURE);

    public PendingEvent {
        Objects.requireNonNull(at);
        if (!ACTIONS.contains(action)) {
            throw new IllegalArgumentException("unknown action");
        }
    }
}
