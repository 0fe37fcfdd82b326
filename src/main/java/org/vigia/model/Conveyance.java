package org.vigia.model;

/** How a journey leg was travelled. Stored by name; label key journey.conveyance.NAME. */
public enum Conveyance {
    Air, Land, Sea, River, OnFoot, Other
}
