package org.vigia.model;

/** The officer's result of a check. Label key checkpoint.result.NAME. */
public enum CheckResult {
    NO_HIT, HIT_PENDING, HIT_CONFIRMED, HIT_DISCARDED
}
