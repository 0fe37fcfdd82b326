package org.vigia.service.access;

import java.util.List;
import java.util.UUID;
import org.vigia.model.VigiaException;

/** Keyrings for databases without key slots (scratch benchmark databases, a plain file being checked). */
public final class Keyrings {
    private Keyrings() {
    }

    /** A keyring that holds no slot: checks are refused, changes impossible. */
    public static Keyring none() {
        return new Keyring() {
            @Override
            public void setPassword(UUID userId, String userName, char[] password) {
                throw new VigiaException("keys.none");
            }

            @Override
            public void remove(UUID userId) {
                throw new VigiaException("keys.none");
            }

            @Override
            public void rename(UUID userId, String newUserName) {
                throw new VigiaException("keys.none");
            }

            @Override
            public Check check(String userName, char[] password) {
                return new Refused();
            }

            @Override
            public void clearLock(UUID userId) {
                // no slot, no lock
            }

            @Override
            public List<Pending> pending() {
                return List.of();
            }

            @Override
            public void clearPending(int n) {
                // nothing pending
            }
        };
    }
}
