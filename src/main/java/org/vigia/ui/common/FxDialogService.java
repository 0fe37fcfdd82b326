package org.vigia.ui.common;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.vigia.l10n.Messages;

/** Dialogs as JavaFX alerts owned by the main window, with localized buttons. */
public final class FxDialogService implements DialogService {
    private final Messages messages;
    private final Window owner;

    public FxDialogService(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message) {
        ButtonType yes = new ButtonType(messages.get("common.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(messages.get("common.no"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        prepare(alert, title);
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    @Override
    public void error(String message) {
        tell(Alert.AlertType.ERROR, messages.get("common.error"), message);
    }

    @Override
    public void info(String message) {
        tell(Alert.AlertType.INFORMATION, messages.get("app.name"), message);
    }

    private void tell(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message,
                new ButtonType(messages.get("common.ok"), ButtonBar.ButtonData.OK_DONE));
        prepare(alert, title);
        alert.showAndWait();
    }

    @Override
    public Optional<java.nio.file.Path> chooseFileToOpen(String title, String filterLabel, String... extensions) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(filterLabel, extensions));
        java.io.File file = chooser.showOpenDialog(owner);
        return file == null ? Optional.empty() : Optional.of(file.toPath());
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> choices, T initial,
                                  Function<T, String> label) {
        ChoiceDialog<T> dialog = new ChoiceDialog<>(initial, choices);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(message);
        dialog.initOwner(owner);
        dialog.getDialogPane().lookupButton(ButtonType.OK);
        var combo = (javafx.scene.control.ComboBox<T>) dialog.getDialogPane().lookup(".combo-box");
        if (combo != null) {
            combo.setConverter(new StringConverter<>() {
                @Override
                public String toString(T t) {
                    return t == null ? "" : label.apply(t);
                }

                @Override
                public T fromString(String s) {
                    return null;
                }
            });
        }
        relabel(dialog.getDialogPane());
        return dialog.showAndWait();
    }

    @Override
    public Optional<String> ask(String title, String message, String initial) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(initial);
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        dialog.initOwner(owner);
        dialog.getDialogPane().setMinWidth(480);
        relabel(dialog.getDialogPane());
        return dialog.showAndWait();
    }

    @Override
    public Optional<java.nio.file.Path> chooseFileToOpen(String title) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public Optional<java.nio.file.Path> chooseFileToSave(String title, String suggestedName) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
    }

    private void prepare(Alert alert, String title) {
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.initOwner(owner);
        alert.getDialogPane().setMinWidth(420);
    }

    private void relabel(javafx.scene.control.DialogPane pane) {
        var ok = pane.lookupButton(ButtonType.OK);
        if (ok instanceof javafx.scene.control.Button b) {
            b.setText(messages.get("common.ok"));
        }
        var cancel = pane.lookupButton(ButtonType.CANCEL);
        if (cancel instanceof javafx.scene.control.Button b) {
            b.setText(messages.get("common.cancel"));
        }
    }
}
