package org.vigia.model;

/** HTCDS v2.0 perpetrator role in the trafficking process. Stored by name; label key suspect.processRole.NAME. */
public enum PerpetratorRole {
    TravellingPartner, Transporter, RecruiterOrIntermediary, BrokerTravelAgent, TransferredIndividual,
    HarbouredIndividual, SoldIndividual, BoughtIndividual, ReceivedIndividual, ControlledIndividual, Smuggler,
    Abuser, Kidnapper, Exploiter, Other
}
