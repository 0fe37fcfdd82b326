package org.vigia.security;

import java.util.Objects;

/** The answer to a recovery key: {@link Recovered}, {@link Unlock.Refused} or {@link Unlock.Locked}. */
public sealed interface RecoveryUnlock permits RecoveryUnlock.Recovered, Unlock.Refused, Unlock.Locked {

    /** The recovery key opened the recovery slot. The caller owns {@code dataKey} and should clear it. */
    record Recovered(byte[] dataKey) implements RecoveryUnlock {
        public Recovered {
            Objects.requireNonNull(dataKey);
        }

        @Override
        public String toString() {
            return "Recovered[]";
        }
    }
}
