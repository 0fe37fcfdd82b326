package org.vigia.ui.access;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.vigia.l10n.Messages;
import org.vigia.ui.MainViewModel;

/** Changing one's own password: the current one, then the new one twice. */
public final class PasswordDialog {
    private PasswordDialog() {
    }

    public static void show(Window owner, MainViewModel vm, Messages m) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("password.title"));
        ButtonType change = new ButtonType(m.get("password.change"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(change, cancel);
        PasswordField current = field("password-current");
        PasswordField fresh = field("password-new");
        PasswordField again = field("password-again");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(m.get("field.currentPassword")), current);
        grid.addRow(1, new Label(m.get("field.password")), fresh);
        grid.addRow(2, new Label(m.get("field.passwordAgain")), again);
        Label help = new Label(m.get("password.help"));
        help.getStyleClass().add("help-text");
        help.setWrapText(true);
        help.setMaxWidth(420);
        grid.add(help, 0, 3, 2, 1);
        Label problem = new Label();
        problem.setId("password-problem");
        problem.getStyleClass().add("login-message");
        problem.setWrapText(true);
        problem.setMaxWidth(420);
        grid.add(problem, 0, 4, 2, 1);
        dialog.getDialogPane().setContent(grid);
        // the dialog stays open until the change is done, so a refusal keeps what was typed
        javafx.scene.Node changeButton = dialog.getDialogPane().lookupButton(change);
        changeButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            problem.setText("");
            changeButton.setDisable(true);
            vm.changePassword(current.getText(), fresh.getText(), again.getText(), () -> {
                dialog.setResult(change);
                dialog.close();
            }, text -> {
                changeButton.setDisable(false);
                problem.setText(text);
            });
        });
        dialog.showAndWait();
    }

    private static PasswordField field(String id) {
        PasswordField f = new PasswordField();
        f.setId(id);
        return f;
    }
}
