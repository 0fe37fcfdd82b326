package org.vigia.model;

/** The purpose of travel a traveller declared. Label key checkpoint.purpose.NAME. */
public enum TravelPurpose {
    TOURISM, WORK, STUDY, FAMILY, BUSINESS, TRANSIT, OTHER, UNKNOWN
}
