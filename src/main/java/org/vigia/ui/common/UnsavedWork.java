package org.vigia.ui.common;

/** A part of a screen that may hold typed changes not saved yet (asked about before they are lost). */
public interface UnsavedWork {
    boolean hasUnsavedChanges();
}
