package org.vigia.model;

/** HTCDS v2.0 method of control. Stored by name; label key victim.control.NAME. */
public enum ControlMethod {
    PhysicalThreats, ThreatsLawEnforcement, ThreatensChildrenFamily, DebtBondage, FalsePromises, PhysicalAbuse,
    SexualAbuse, TakesEarnings, RestrictsFinancialAccess, RestrictsMedicalCare, WithholdsNecessities,
    PsychologicalAbuse, PsychoactiveSubstance, ExcessiveWorkingHours, WithholdsDocuments, Other
}
