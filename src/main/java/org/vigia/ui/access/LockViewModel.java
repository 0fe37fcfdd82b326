package org.vigia.ui.access;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.vigia.l10n.Messages;
import org.vigia.model.Account;
import org.vigia.service.access.AccountService;
import org.vigia.ui.common.TaskRunner;

/**
 * The locked window. The same person unlocks with their password and finds everything as they
 * left it; someone else may sign in only when the first person has no unsaved work.
 */
public final class LockViewModel {
    private final AccountService accounts;
    private final TaskRunner runner;
    private final Messages m;
    private final BooleanSupplier unsavedWork;
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper who = new ReadOnlyStringWrapper("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty otherUser = new SimpleStringProperty("");
    private final StringProperty otherPassword = new SimpleStringProperty("");
    private final BooleanProperty switching = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public LockViewModel(AccountService accounts, Account account, TaskRunner runner, Messages m,
                         BooleanSupplier unsavedWork) {
        this.accounts = accounts;
        this.runner = runner;
        this.m = m;
        this.unsavedWork = unsavedWork;
        who.set(m.get("lock.who", account.displayName(), account.userName()));
    }

    /** Locks the window (idle or on request); recorded in the audit chain. */
    public void lock() {
        if (locked.get()) {
            return;
        }
        locked.set(true);
        switching.set(false);
        message.set("");
        runner.run(() -> {
            accounts.locked();
            return null;
        }, x -> { }, t -> message.set(m.error(t)));
    }

    public void unlock() {
        char[] pw = password.get().toCharArray();
        password.set("");
        if (pw.length == 0) {
            message.set(m.get("login.empty"));
            return;
        }
        busy.set(true);
        message.set(m.get("login.working"));
        runner.run(() -> {
            accounts.unlock(pw);
            return null;
        }, x -> {
            busy.set(false);
            message.set("");
            locked.set(false);
        }, this::fail);
    }

    /** Starts signing in as someone else: refused while the first person has unsaved work. */
    public void startSwitch() {
        if (unsavedWork.getAsBoolean()) {
            message.set(m.get("lock.unsavedWork"));
            return;
        }
        message.set("");
        switching.set(true);
    }

    /** Signs in the other person; {@code switched} rebuilds the window for them. */
    public void switchUser(Consumer<Account> switched) {
        if (unsavedWork.getAsBoolean()) {
            message.set(m.get("lock.unsavedWork"));
            switching.set(false);
            return;
        }
        String name = otherUser.get();
        char[] pw = otherPassword.get().toCharArray();
        otherPassword.set("");
        if (name.isBlank() || pw.length == 0) {
            message.set(m.get("login.empty"));
            return;
        }
        busy.set(true);
        message.set(m.get("login.working"));
        runner.run(() -> accounts.signIn(name, pw), a -> {
            busy.set(false);
            message.set("");
            locked.set(false);
            switched.accept(a);
        }, this::fail);
    }

    private void fail(Throwable t) {
        busy.set(false);
        message.set(m.error(t));
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty whoProperty() {
        return who.getReadOnlyProperty();
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty otherUserProperty() {
        return otherUser;
    }

    public StringProperty otherPasswordProperty() {
        return otherPassword;
    }

    public BooleanProperty switchingProperty() {
        return switching;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
