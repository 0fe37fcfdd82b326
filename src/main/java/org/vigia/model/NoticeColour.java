package org.vigia.model;

/** The colour of an international notice requested for a suspect. Stored by name; label key suspect.notice.NAME. */
public enum NoticeColour {
    Red, Blue, Yellow, Green, Purple, Black, Orange
}
