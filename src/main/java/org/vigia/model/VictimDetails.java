package org.vigia.model;

import java.time.LocalDate;
import java.util.Set;

/**
 * A victim's part (HTCDS victim context): the trafficking status with who decided it and when
 * (changed through a reclassification only), relationship to the trafficker, age when trafficked,
 * methods of recruitment (and platforms, free text), methods of control, types of exploitation,
 * the forced labour industry, the type of sexual exploitation, and how the victim was identified
 * (by whom, at which control or raid, on which date). Every field may be empty.
 */
public record VictimDetails(TraffickingStatus status, DecidingOrganization decidedBy, LocalDate decidedOn,
                            TraffickerRelationship relationship, Integer ageWhenTrafficked,
                            Set<RecruitmentMethod> recruitment, String recruitmentPlatforms,
                            Set<ControlMethod> control, Set<ExploitationType> exploitation,
                            LabourIndustry labourIndustry, SexualExploitationType sexualExploitation,
                            String identifiedBy, String identifiedAt, LocalDate identifiedOn) {
    public VictimDetails {
        recruitment = recruitment == null ? Set.of() : Set.copyOf(recruitment);
        control = control == null ? Set.of() : Set.copyOf(control);
        exploitation = exploitation == null ? Set.of() : Set.copyOf(exploitation);
    }

    /** Only a status, decided by {@code by} on {@code on}. */
    public static VictimDetails status(TraffickingStatus status, DecidingOrganization by, LocalDate on) {
        return new VictimDetails(status, by, on, null, null, null, null, null, null, null, null, null, null, null);
    }

    public VictimDetails withStatus(TraffickingStatus newStatus, DecidingOrganization by, LocalDate on) {
        return new VictimDetails(newStatus, by, on, relationship, ageWhenTrafficked, recruitment, recruitmentPlatforms,
                control, exploitation, labourIndustry, sexualExploitation, identifiedBy, identifiedAt, identifiedOn);
    }
}
