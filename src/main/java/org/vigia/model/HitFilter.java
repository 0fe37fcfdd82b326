package org.vigia.model;

/** Which watch-list hits to list: a follow-up state (null: any) and late only (null: any). */
public record HitFilter(HitFollowUp followUp, Boolean late) {
    public static final HitFilter ALL = new HitFilter(null, null);
}
