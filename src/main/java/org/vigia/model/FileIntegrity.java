package org.vigia.model;

/** Whether an evidence file's stored content still has the SHA-256 recorded when it was attached. */
public enum FileIntegrity {
    /** Not re-hashed yet (lists do not read the content). */
    UNCHECKED,
    MATCHES,
    ALTERED
}
