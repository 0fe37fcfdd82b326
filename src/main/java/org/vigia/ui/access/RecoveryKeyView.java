package org.vigia.ui.access;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;

/**
 * Shows the recovery key once, after setup: to print (or copy by hand) and lock away. Continue
 * is enabled only after the person says they have stored it.
 */
public final class RecoveryKeyView extends VBox {
    public RecoveryKeyView(String recoveryKey, Messages m, Runnable print, Runnable done) {
        setSpacing(14);
        setPadding(new Insets(32));
        setMaxWidth(720);
        Label title = new Label(m.get("recovery.title"), new FontIcon("mdi2k-key-variant"));
        title.getStyleClass().add("title-2");
        Label text = new Label(m.get("recovery.explain"));
        text.setWrapText(true);
        TextField key = new TextField(recoveryKey);
        key.setId("recovery-key-shown");
        key.setEditable(false);
        key.getStyleClass().add("recovery-key");
        Button printButton = new Button(m.get("recovery.print"), new FontIcon("mdi2p-printer"));
        printButton.setId("recovery-print");
        printButton.setOnAction(e -> print.run());
        CheckBox stored = new CheckBox(m.get("recovery.stored"));
        stored.setId("recovery-stored");
        stored.setWrapText(true);
        Button next = new Button(m.get("recovery.continue"));
        next.setId("recovery-continue");
        next.getStyleClass().add("accent");
        next.disableProperty().bind(stored.selectedProperty().not());
        next.setOnAction(e -> done.run());
        getChildren().addAll(title, text, key, new HBox(8, printButton), stored, next);
    }
}
