package org.vigia.ui.users;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.vigia.l10n.Messages;
import org.vigia.model.Account;
import org.vigia.model.Role;
import org.vigia.service.access.AccountService;
import org.vigia.ui.common.TaskRunner;

/**
 * Accounts and security settings, for administrators: add an account, change its name and
 * roles, set a new password for someone who lost theirs, remove an account, and the idle-lock
 * minutes. An office has tens of accounts, not thousands: the list is loaded whole.
 */
public final class UsersViewModel {
    private final AccountService accounts;
    private final TaskRunner runner;
    private final Messages m;
    private final ObservableList<Account> items = FXCollections.observableArrayList();
    private final ObjectProperty<Account> selected = new SimpleObjectProperty<>();
    private final StringProperty userName = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final Map<Role, BooleanProperty> roles = new EnumMap<>(Role.class);
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordAgain = new SimpleStringProperty("");
    private final StringProperty idleMinutes = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    private final java.util.function.IntConsumer idleSaved;
    private Runnable ownRolesChanged = () -> { };

    public UsersViewModel(AccountService accounts, TaskRunner runner, Messages m) {
        this(accounts, runner, m, minutes -> { });
    }

    /** {@code idleSaved} hears the idle minutes once saved (the open window applies them). */
    public UsersViewModel(AccountService accounts, TaskRunner runner, Messages m, java.util.function.IntConsumer idleSaved) {
        this.idleSaved = idleSaved;
        this.accounts = accounts;
        this.runner = runner;
        this.m = m;
        for (Role r : Role.values()) {
            roles.put(r, new SimpleBooleanProperty(r == Role.INVESTIGATOR));
        }
        selected.addListener((o, a, now) -> fill(now));
    }

    public void load() {
        busy.set(true);
        runner.run(() -> new Object[] {accounts.list(), accounts.idleLockMinutes()}, r -> {
            busy.set(false);
            @SuppressWarnings("unchecked")
            java.util.List<Account> list = (java.util.List<Account>) r[0];
            Account keep = selected.get();
            items.setAll(list);
            selected.set(keep == null ? null : list.stream().filter(a -> a.id().equals(keep.id())).findFirst().orElse(null));
            idleMinutes.set(String.valueOf(r[1]));
        }, this::fail);
    }

    /** Clears the form for a new account. */
    /** Runs when the signed-in person changes their own roles (the window then shows what they now may do). */
    public void setOnOwnRolesChanged(Runnable action) {
        this.ownRolesChanged = action;
    }

    public void startNew() {
        selected.set(null);
        fill(null);
        message.set("");
    }

    private void fill(Account a) {
        errors.clear();
        userName.set(a == null ? "" : a.userName());
        displayName.set(a == null ? "" : a.displayName());
        for (Role r : Role.values()) {
            roles.get(r).set(a == null ? r == Role.INVESTIGATOR : a.roles().contains(r));
        }
        password.set("");
        passwordAgain.set("");
    }

    /** Adds the new account, or saves the selected one's name and roles. */
    public void save() {
        errors.clear();
        Account current = selected.get();
        Set<Role> chosen = chosenRoles();
        String display = displayName.get();
        if (current == null) {
            if (!passwordsMatch()) {
                return;
            }
            String name = userName.get();
            char[] pw = password.get().toCharArray();
            run(() -> accounts.add(name, display, chosen, pw), "users.added");
        } else {
            boolean own = accounts.isSignedIn(current.id());
            boolean rolesChange = !chosen.equals(current.roles());
            run(() -> accounts.update(current.id(), current.version(), display, chosen), "users.saved",
                    own && rolesChange ? ownRolesChanged : () -> { });
        }
    }

    /** Sets the typed password on the selected account (and lifts a lockout). */
    public void resetPassword() {
        errors.clear();
        Account current = selected.get();
        if (current == null || !passwordsMatch()) {
            return;
        }
        char[] pw = password.get().toCharArray();
        run(() -> {
            accounts.resetPassword(current.id(), pw);
            return current;
        }, "users.passwordSet");
    }

    /** Removes the selected account (the view confirms first). */
    public void remove() {
        Account current = selected.get();
        if (current == null) {
            return;
        }
        run(() -> {
            accounts.remove(current.id(), current.version());
            return null;
        }, "users.removed");
    }

    public void saveIdleMinutes() {
        errors.clear();
        int minutes;
        try {
            minutes = Integer.parseInt(idleMinutes.get().strip());
        } catch (NumberFormatException e) {
            errors.put("idleMinutes", m.get("validation.number"));
            message.set(m.get("error.validation", 1));
            return;
        }
        run(() -> {
            accounts.setIdleLockMinutes(minutes);
            runner.ui(() -> idleSaved.accept(minutes));
            return null;
        }, "users.idleSaved");
    }

    private boolean passwordsMatch() {
        if (!password.get().equals(passwordAgain.get())) {
            errors.put("passwordAgain", m.get("validation.passwordMismatch"));
            message.set(m.get("error.validation", 1));
            return false;
        }
        return true;
    }

    private Set<Role> chosenRoles() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach((r, p) -> {
            if (p.get()) {
                chosen.add(r);
            }
        });
        return chosen;
    }

    private void run(java.util.concurrent.Callable<Account> work, String doneKey) {
        run(work, doneKey, () -> { });
    }

    private void run(java.util.concurrent.Callable<Account> work, String doneKey, Runnable then) {
        busy.set(true);
        message.set("");
        runner.run(work, a -> {
            busy.set(false);
            password.set("");
            passwordAgain.set("");
            load();
            if (a != null) {
                selected.set(a);
            }
            message.set(m.get(doneKey));
            then.run();
        }, this::fail);
    }

    private void fail(Throwable t) {
        busy.set(false);
        message.set(org.vigia.ui.common.FieldErrors.show(t, errors, m));
    }

    /** Whether the form holds typing not yet saved (a new account, a changed name or roles, a password). */
    public boolean hasUnsavedChanges() {
        Account a = selected.get();
        if (!password.get().isEmpty() || !passwordAgain.get().isEmpty()) {
            return true;
        }
        if (a == null) {
            return !userName.get().isBlank() || !displayName.get().isBlank();
        }
        return !displayName.get().equals(a.displayName()) || !chosenRoles().equals(a.roles());
    }

    public ObservableList<Account> items() {
        return items;
    }

    public ObjectProperty<Account> selectedProperty() {
        return selected;
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public BooleanProperty roleProperty(Role r) {
        return roles.get(r);
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty passwordAgainProperty() {
        return passwordAgain;
    }

    public StringProperty idleMinutesProperty() {
        return idleMinutes;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
