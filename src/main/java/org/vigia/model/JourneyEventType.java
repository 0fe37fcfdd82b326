package org.vigia.model;

/** HTCDS v2.0 trafficking event type of a journey leg. Stored by name; label key journey.event.NAME. */
public enum JourneyEventType {
    Recruitment, Transit, Exploitation
}
