package org.vigia.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One item of a victim's support plan (HTCDS): its type, objectives, actions, when it started or
 * was agreed, when it should end and when it did end. {@code id} is null before it is saved.
 */
public record SupportPlanItem(UUID id, int version, UUID linkId, SupportPlanType type, String objectives,
                              String actions, LocalDate startOn, LocalDate plannedEndOn, LocalDate actualEndOn,
                              String notes) {

    public static SupportPlanItem draft(UUID linkId, SupportPlanType type, String objectives, String actions,
                                        LocalDate startOn, LocalDate plannedEndOn) {
        return new SupportPlanItem(null, 0, linkId, type, objectives, actions, startOn, plannedEndOn, null, null);
    }

    public boolean isNew() {
        return id == null;
    }

    /** Not ended yet. */
    public boolean isOpen() {
        return actualEndOn == null;
    }
}
