package org.vigia.model;

/** Where the follow-up of a watch-list hit stands. Label key hit.followUp.NAME. */
public enum HitFollowUp {
    OPEN, CONFIRMED, DISCARDED, REFERRED
}
