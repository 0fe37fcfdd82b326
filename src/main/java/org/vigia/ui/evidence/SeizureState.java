package org.vigia.ui.evidence;

import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.vigia.l10n.Messages;
import org.vigia.model.Seizure;
import org.vigia.ui.common.FieldErrors;

/** What the seizure list and the evidence files of the pane share: the selection, busy, message, field errors. */
final class SeizureState {
    final ReadOnlyObjectWrapper<Seizure> selected = new ReadOnlyObjectWrapper<>();
    final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final Messages m;

    SeizureState(Messages m) {
        this.m = m;
    }

    /** Starts a write unless one is under way; false when it may not start. */
    boolean begin() {
        if (busy.get()) {
            return false;
        }
        busy.set(true);
        return true;
    }

    void fail(Throwable t) {
        busy.set(false);
        message.set(FieldErrors.show(t, errors, m));
    }
}
