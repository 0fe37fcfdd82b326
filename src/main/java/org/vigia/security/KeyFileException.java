package org.vigia.security;

import org.vigia.model.VigiaException;

/**
 * The key file cannot be used. Its {@link #key()} is a message key of the resource bundles; the
 * message never contains a user name, a password or key material.
 */
public final class KeyFileException extends VigiaException {
    public enum Kind {
        /** There is no key file. */
        MISSING("keys.missing"),
        /** The key file is truncated, not JSON, or has missing or malformed fields. */
        DAMAGED("keys.damaged"),
        /** The key file was written by a newer version of Vigia. */
        NEWER_FORMAT("keys.newer"),
        /** The key file exists but cannot be read (permissions, I/O error). */
        UNREADABLE("keys.unreadable"),
        /** The key file cannot be written; the file on disk was left as it was. */
        UNWRITABLE("keys.unwritable"),
        /** {@code create} was asked to make a key file where one already exists. */
        EXISTS("keys.exists"),
        /** Another user's key slot already answers to this name (names are compared case-insensitively). */
        NAME_TAKEN("keys.nameTaken"),
        /** Removing this slot would leave no way to open the database. */
        LAST_SLOT("keys.lastSlot");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Kind kind;

    public KeyFileException(Kind kind) {
        this(kind, null);
    }

    public KeyFileException(Kind kind, Throwable cause) {
        super(kind.key(), cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
