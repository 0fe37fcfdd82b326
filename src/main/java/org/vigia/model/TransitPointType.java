package org.vigia.model;

/** Kinds of transit point where checks are made. Stored by name; label key checkpoint.pointType.NAME. */
public enum TransitPointType {
    AIRPORT, BUS_TERMINAL, LAND_BORDER_CROSSING, SEAPORT, RIVER, VESSEL, BAR, NIGHT_CLUB, MINE, FARM, FACTORY,
    MARKET, OTHER
}
