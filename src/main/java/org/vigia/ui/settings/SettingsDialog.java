package org.vigia.ui.settings;

import java.util.Locale;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.vigia.l10n.Messages;
import org.vigia.ui.common.DialogService;
import org.vigia.ui.common.Labels;

/** The settings dialog: choose the language; it applies at the next start. */
public final class SettingsDialog {
    private SettingsDialog() {
    }

    public static void show(Window owner, SettingsViewModel vm, Messages m, DialogService dialogs) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("settings.title"));
        ButtonType save = new ButtonType(m.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        ComboBox<Locale> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().setAll(vm.choices());
        Labels.show(language, vm::label, "");
        language.valueProperty().bindBidirectional(vm.languageProperty());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(m.get("settings.language")), language);
        Label note = new Label(m.get("settings.restart"));
        note.getStyleClass().add("help-text");
        grid.add(note, 0, 1, 2, 1);
        dialog.getDialogPane().setContent(grid);
        vm.load();
        dialog.showAndWait().filter(b -> b == save).ifPresent(b -> vm.save(
                () -> dialogs.info(vm.messageProperty().get()), dialogs::error));
    }
}
