package org.vigia.ui.access;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.vigia.app.AppServices;
import org.vigia.app.Vault;
import org.vigia.l10n.Messages;
import org.vigia.ui.common.TaskRunner;

/**
 * The sign-in screen: a name and password open the encrypted data folder; the recovery key
 * sets a new password when every administrator's is lost. A refusal never says which part was
 * wrong; a lockout says until when.
 */
public final class LoginViewModel {
    private final Vault vault;
    private final TaskRunner runner;
    private final Messages m;
    private final StringProperty userName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty recoveryKey = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty newPasswordAgain = new SimpleStringProperty("");
    private final BooleanProperty recovering = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public LoginViewModel(Vault vault, TaskRunner runner, Messages m) {
        this.vault = vault;
        this.runner = runner;
        this.m = m;
        recovering.addListener((o, a, b) -> message.set(""));
    }

    public void signIn(Consumer<AppServices> done) {
        String name = userName.get();
        char[] pw = password.get().toCharArray();
        password.set("");
        if (name.isBlank() || pw.length == 0) {
            message.set(m.get("login.empty"));
            return;
        }
        start();
        runner.run(() -> vault.signIn(name, pw), s -> finish(done, s), this::fail);
    }

    public void recover(Consumer<AppServices> done) {
        if (!newPassword.get().equals(newPasswordAgain.get())) {
            message.set(m.get("validation.passwordMismatch"));
            return;
        }
        String key = recoveryKey.get();
        String name = userName.get();
        char[] pw = newPassword.get().toCharArray();
        start();
        runner.run(() -> vault.recover(key, name, pw), s -> {
            recoveryKey.set("");
            newPassword.set("");
            newPasswordAgain.set("");
            finish(done, s);
        }, this::fail);
    }

    private void start() {
        busy.set(true);
        message.set(m.get("login.working"));
    }

    private void finish(Consumer<AppServices> done, AppServices services) {
        busy.set(false);
        message.set("");
        done.accept(services);
    }

    private void fail(Throwable t) {
        busy.set(false);
        message.set(m.error(t));
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty recoveryKeyProperty() {
        return recoveryKey;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty newPasswordAgainProperty() {
        return newPasswordAgain;
    }

    public BooleanProperty recoveringProperty() {
        return recovering;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
