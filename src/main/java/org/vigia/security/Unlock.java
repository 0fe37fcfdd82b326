package org.vigia.security;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The answer to a user name and password (or to a re-entered password, see {@link KeyFile#verify}). */
public sealed interface Unlock permits Unlock.Opened, Unlock.Refused, Unlock.Locked {

    /** The password opened this user's slot. The caller owns {@code dataKey} and should clear it after use. */
    record Opened(UUID userId, byte[] dataKey) implements Unlock {
        public Opened {
            Objects.requireNonNull(userId);
            Objects.requireNonNull(dataKey);
        }

        @Override
        public String toString() {
            return "Opened[userId=" + userId + "]";
        }
    }

    /** Wrong name or wrong password: deliberately indistinguishable. */
    record Refused() implements Unlock, RecoveryUnlock {
    }

    /** Too many failures: no attempt is made until {@code until}. */
    record Locked(Instant until) implements Unlock, RecoveryUnlock {
        public Locked {
            Objects.requireNonNull(until);
        }
    }
}
