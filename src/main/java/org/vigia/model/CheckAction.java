package org.vigia.model;

/** What the officer did after a check. Label key checkpoint.action.NAME. */
public enum CheckAction {
    NONE, REFERRED, DETAINED, IRREGULAR_MIGRANT, VICTIM_IDENTIFIED, SUSPECT_ARRESTED
}
