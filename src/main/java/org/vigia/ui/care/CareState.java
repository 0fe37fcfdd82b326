package org.vigia.ui.care;

import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.vigia.l10n.Messages;
import org.vigia.ui.common.FieldErrors;

/** What a care pane's ViewModel shares with its view: busy, the last message, the errors by field. */
final class CareState {
    final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final Messages m;

    CareState(Messages m) {
        this.m = m;
    }

    /** Starts a call unless one is under way; clears the previous message and errors. */
    boolean begin() {
        if (busy.get()) {
            return false;
        }
        errors.clear();
        message.set("");
        busy.set(true);
        return true;
    }

    void done(String messageKey) {
        busy.set(false);
        message.set(messageKey == null ? "" : m.get(messageKey));
    }

    void fail(Throwable t) {
        busy.set(false);
        message.set(FieldErrors.show(t, errors, m));
    }
}
