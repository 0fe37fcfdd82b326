package org.vigia.ui.common;

import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.vigia.l10n.Messages;

/** The tabs of an area that opens one record per tab (cases, persons). */
public final class EditorTabs {
    private EditorTabs() {
    }

    /** Selects the tab of record {@code id} if it is open; returns whether it was. */
    public static boolean select(TabPane tabs, UUID id) {
        for (Tab t : tabs.getTabs()) {
            if (id.equals(t.getUserData())) {
                tabs.getSelectionModel().select(t);
                return true;
            }
        }
        return false;
    }

    /**
     * A tab for record {@code id} (null while new) titled by {@code heading}, with a star while
     * {@code dirty}, that asks before closing with unsaved changes.
     */
    public static Tab tab(UUID id, ObservableBooleanValue dirty, ObservableStringValue heading, Messages m,
                          DialogService dialogs) {
        return tab(id, dirty, dirty::get, heading, m, dialogs);
    }

    /** The same, asking before closing whenever {@code unsaved} says so (changes the star does not show). */
    public static Tab tab(UUID id, ObservableBooleanValue dirty, java.util.function.BooleanSupplier unsaved,
                          ObservableStringValue heading, Messages m, DialogService dialogs) {
        Tab tab = new Tab();
        tab.setUserData(id);
        tab.textProperty().bind(Bindings.when(dirty).then(Bindings.concat("* ", heading)).otherwise(heading));
        tab.setOnCloseRequest(e -> {
            if (unsaved.getAsBoolean() && !dialogs.confirm(m.get("common.confirm"), m.get("common.unsaved", heading.get()))) {
                e.consume();
            }
        });
        return tab;
    }
}
