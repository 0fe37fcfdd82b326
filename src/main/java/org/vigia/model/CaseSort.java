package org.vigia.model;

/** Columns the case list can be sorted by (each backed by an index). */
public enum CaseSort {
    NUMBER, OPENED_ON, STATUS
}
