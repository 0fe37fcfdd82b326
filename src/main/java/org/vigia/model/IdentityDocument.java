package org.vigia.model;

import java.time.LocalDate;
import java.util.UUID;

/** One identity document of a person. */
public record IdentityDocument(UUID id, DocumentType type, String number, String issuingCountry, LocalDate expiresOn) {
}
