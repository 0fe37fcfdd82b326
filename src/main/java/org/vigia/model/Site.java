package org.vigia.model;

import java.util.UUID;

/** A field office. Every record carries the id of the office that created it. */
public record Site(UUID id, String name, String country, String officeCode, String operatorName) {
}
