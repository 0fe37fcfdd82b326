package org.vigia.ui.access;

import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.app.AppServices;
import org.vigia.l10n.Messages;

/** The sign-in screen, with the recovery-key form one link away. */
public final class LoginView extends VBox {
    private final Messages m;
    private final TextField user;

    public LoginView(LoginViewModel vm, Messages m, Consumer<AppServices> done) {
        this.m = m;
        setSpacing(12);
        setPadding(new Insets(32));
        setMaxWidth(480);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("login");
        Label title = new Label(m.get("login.title"), new FontIcon("mdi2s-shield-lock"));
        title.getStyleClass().add("title-2");
        user = field(new TextField(), "login-user", vm.userNameProperty(), "field.userName");
        PasswordField password = field(new PasswordField(), "login-password", vm.passwordProperty(), "field.password");
        Button signIn = new Button(m.get("login.signIn"));
        signIn.setId("login-sign-in");
        signIn.getStyleClass().add("accent");
        signIn.setDefaultButton(true);
        signIn.setOnAction(e -> vm.signIn(done));
        signIn.disableProperty().bind(vm.busyProperty());
        VBox normal = new VBox(8, label("field.userName", user), user, label("field.password", password), password,
                new HBox(8, signIn));

        TextField key = field(new TextField(), "recovery-key", vm.recoveryKeyProperty(), "field.recoveryKey");
        PasswordField fresh = field(new PasswordField(), "recovery-password", vm.newPasswordProperty(), "field.password");
        PasswordField again = field(new PasswordField(), "recovery-password-again", vm.newPasswordAgainProperty(), "field.passwordAgain");
        Button recover = new Button(m.get("recovery.apply"));
        recover.setId("recovery-apply");
        recover.getStyleClass().add("accent");
        recover.setOnAction(e -> vm.recover(done));
        recover.disableProperty().bind(vm.busyProperty());
        Label help = new Label(m.get("recovery.help"));
        help.setWrapText(true);
        help.getStyleClass().add("help-text");
        TextField recoveryUser = field(new TextField(), "recovery-user", vm.userNameProperty(), "field.userName");
        VBox recovery = new VBox(8, help, label("field.recoveryKey", key), key, label("field.userName", recoveryUser),
                recoveryUser, label("field.password", fresh), fresh, label("field.passwordAgain", again), again,
                new Label(m.get("password.help")), new HBox(8, recover));

        Hyperlink toggle = new Hyperlink();
        toggle.setId("login-toggle-recovery");
        toggle.textProperty().bind(javafx.beans.binding.Bindings.when(vm.recoveringProperty())
                .then(m.get("recovery.back")).otherwise(m.get("recovery.use")));
        toggle.setOnAction(e -> vm.recoveringProperty().set(!vm.recoveringProperty().get()));
        normal.visibleProperty().bind(vm.recoveringProperty().not());
        normal.managedProperty().bind(normal.visibleProperty());
        recovery.visibleProperty().bind(vm.recoveringProperty());
        recovery.managedProperty().bind(recovery.visibleProperty());
        vm.recoveringProperty().addListener((o, a, b) -> signIn.setDefaultButton(!b));

        Label message = new Label();
        message.setId("login-message");
        message.setWrapText(true);
        message.getStyleClass().add("login-message");
        message.textProperty().bind(vm.messageProperty());
        getChildren().addAll(title, normal, recovery, message, toggle);
    }

    /** Puts the cursor in the user name field. */
    public void focus() {
        user.requestFocus();
    }

    private <T extends TextInputControl> T field(T input, String id, StringProperty p, String prompt) {
        input.setId(id);
        input.textProperty().bindBidirectional(p);
        input.setPromptText(m.get(prompt));
        return input;
    }

    private Label label(String key, javafx.scene.Node input) {
        Label l = new Label(m.get(key));
        l.setLabelFor(input);
        return l;
    }
}
