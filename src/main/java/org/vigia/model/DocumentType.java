package org.vigia.model;

/** Kinds of identity document. */
public enum DocumentType {
    Passport, NationalId, Visa, ResidencePermit, Other
}
