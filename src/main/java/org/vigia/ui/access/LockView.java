package org.vigia.ui.access;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.model.Account;

/** The curtain over a locked window: nothing of the work behind it shows. */
public final class LockView extends StackPane {
    private final PasswordField password = new PasswordField();

    public LockView(LockViewModel vm, Messages m, Consumer<Account> switched) {
        setId("lock-view");
        getStyleClass().add("lock-view");
        Label title = new Label(m.get("lock.title"), new FontIcon("mdi2l-lock"));
        title.getStyleClass().add("title-2");
        Label who = new Label();
        who.setId("lock-who");
        who.textProperty().bind(vm.whoProperty());
        password.setId("lock-password");
        password.setPromptText(m.get("field.password"));
        password.textProperty().bindBidirectional(vm.passwordProperty());
        password.setOnAction(e -> vm.unlock());
        Button unlock = new Button(m.get("lock.unlock"));
        unlock.setId("lock-unlock");
        unlock.getStyleClass().add("accent");
        unlock.setOnAction(e -> vm.unlock());
        unlock.disableProperty().bind(vm.busyProperty());
        Button other = new Button(m.get("lock.other"));
        other.setId("lock-other");
        other.setOnAction(e -> vm.startSwitch());
        other.disableProperty().bind(vm.busyProperty());
        VBox same = new VBox(8, who, password, new HBox(8, unlock, other));

        TextField otherUser = new TextField();
        otherUser.setId("lock-other-user");
        otherUser.setPromptText(m.get("field.userName"));
        otherUser.textProperty().bindBidirectional(vm.otherUserProperty());
        PasswordField otherPassword = new PasswordField();
        otherPassword.setId("lock-other-password");
        otherPassword.setPromptText(m.get("field.password"));
        otherPassword.textProperty().bindBidirectional(vm.otherPasswordProperty());
        otherPassword.setOnAction(e -> vm.switchUser(switched));
        Button signIn = new Button(m.get("login.signIn"));
        signIn.setId("lock-other-sign-in");
        signIn.getStyleClass().add("accent");
        signIn.setOnAction(e -> vm.switchUser(switched));
        signIn.disableProperty().bind(vm.busyProperty());
        Button back = new Button(m.get("common.cancel"));
        back.setId("lock-other-cancel");
        back.setOnAction(e -> vm.switchingProperty().set(false));
        VBox otherBox = new VBox(8, new Label(m.get("lock.otherHelp")), otherUser, otherPassword, new HBox(8, signIn, back));
        same.visibleProperty().bind(vm.switchingProperty().not());
        same.managedProperty().bind(same.visibleProperty());
        otherBox.visibleProperty().bind(vm.switchingProperty());
        otherBox.managedProperty().bind(otherBox.visibleProperty());

        Label message = new Label();
        message.setId("lock-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.getStyleClass().add("login-message");
        VBox card = new VBox(12, title, same, otherBox, message);
        card.setPadding(new Insets(32));
        card.setMaxWidth(460);
        card.setMaxHeight(USE_PREF_SIZE);
        card.getStyleClass().add("lock-card");
        setAlignment(Pos.CENTER);
        getChildren().add(card);
        visibleProperty().bind(vm.lockedProperty());
        vm.lockedProperty().addListener((o, a, now) -> {
            if (now) {
                password.requestFocus();
            }
        });
    }

    public void focusPassword() {
        password.requestFocus();
    }
}
