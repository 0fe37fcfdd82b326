package org.vigia.model;

/**
 * Forced labour industry: the sections of ISIC Rev.4 (as HTCDS v2.0 codes them, letter first).
 * Stored by name; label key victim.industry.NAME.
 */
public enum LabourIndustry {
    A_AgricultureForestryAndFishing,
    B_MiningAndQuarrying,
    C_Manufacturing,
    D_ElectricityGasSteamAndAirConditioningSupply,
    E_WaterSupplySewerageWasteManagementAndRemediationActivities,
    F_Construction,
    G_WholesaleAndRetailTradeRepairOfMotorVehiclesAndMotorcycles,
    H_TransportationAndStorage,
    I_AccommodationAndFoodServiceActivities,
    J_InformationAndCommunication,
    K_FinancialAndInsuranceActivities,
    L_RealEstateActivities,
    M_ProfessionalScientificAndTechnicalActivities,
    N_AdministrativeAndSupportServiceActivities,
    O_PublicAdministrationAndDefenceCompulsorySocialSecurity,
    P_Education,
    Q_HumanHealthAndSocialWorkActivities,
    R_ArtsEntertainmentAndRecreation,
    S_OtherServiceActivities,
    T_ActivitiesOfHouseholdsAsEmployers,
    U_ActivitiesOfExtraterritorialOrganizationsAndBodies
}
