package org.vigia.ui.people;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;

/**
 * Above a person whose identity is hidden: why the form shows a pseudonym and is read-only, and
 * "Reveal identity…" for accounts allowed to (the others read that a supervisor can).
 */
final class HiddenIdentityBar extends HBox {
    HiddenIdentityBar(PersonEditorViewModel vm, Messages m) {
        super(10);
        setId("person-hidden");
        getStyleClass().add("identity-hidden");
        boolean canReveal = vm.canReveal();
        Label text = new Label(m.get(canReveal ? "identity.hidden" : "identity.hidden.noReveal"),
                new FontIcon("mdi2e-eye-off-outline"));
        text.setId("person-hidden-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().add(text);
        if (canReveal) {
            Button reveal = new Button(m.get("identity.reveal"), new FontIcon("mdi2e-eye-outline"));
            reveal.setId("person-reveal");
            reveal.disableProperty().bind(vm.busyProperty());
            reveal.setOnAction(e -> vm.reveal());
            getChildren().add(reveal);
        }
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 16, 6, 16));
        visibleProperty().bind(vm.maskedProperty());
        managedProperty().bind(visibleProperty());
    }
}
