package org.vigia.model;

/** How a checked traveller travels (flight, bus, vessel...). Label key checkpoint.conveyance.NAME. */
public enum CheckConveyance {
    FLIGHT, BUS, VESSEL, VEHICLE, ON_FOOT, OTHER
}
