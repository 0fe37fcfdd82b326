package org.vigia.model;

/** The answer in force for one kind of consent. Label key care.consentAnswer.NAME. */
public enum ConsentAnswer {
    /** The latest answer is yes. */
    GIVEN,
    /** The latest answer is no (refused, or withdrawn after being given). */
    WITHDRAWN,
    /** Never asked: no answer recorded. */
    NOT_ASKED
}
