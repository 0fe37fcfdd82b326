package org.vigia.model;

/** The record changed (or was deleted) since this copy was read; nothing was overwritten. */
public class ConflictException extends VigiaException {
    public ConflictException(String entityLabel) {
        super("error.conflict", entityLabel);
    }

    /** With the record named by a label of the bundles (a referral's type, a plan item's type). */
    public ConflictException(MessageArg entityLabel) {
        super("error.conflict", entityLabel);
    }
}
