package org.vigia.model;

import java.time.Instant;
import java.util.UUID;

/**
 * The metadata of an evidence file kept inside the database: its original name, media type,
 * size and the SHA-256 (lower-case hex) recorded when it was attached. {@code matches} tells
 * whether the stored content was re-hashed and found equal ({@link FileIntegrity#UNCHECKED} until
 * it is verified).
 */
public record EvidenceFile(UUID id, UUID seizureId, String fileName, String mediaType, long size, String sha256,
                           Instant attachedAt, String attachedBy, FileIntegrity matches) {

    public EvidenceFile withMatches(FileIntegrity state) {
        return new EvidenceFile(id, seizureId, fileName, mediaType, size, sha256, attachedAt, attachedBy, state);
    }
}
