package org.vigia.ui.setup;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.vigia.app.Vault;
import org.vigia.l10n.Messages;
import org.vigia.model.Role;
import org.vigia.service.demo.DemoService;
import org.vigia.ui.common.TaskRunner;

/**
 * First run: the field office (name, country, code) and its first administrator (user name,
 * full name, password typed twice). For a data folder from an earlier version ({@code convert})
 * only the administrator: the existing database is encrypted.
 */
public final class SetupViewModel {
    private final Vault vault;
    private final boolean convert;
    private final TaskRunner runner;
    private final Messages m;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty();
    private final StringProperty officeCode = new SimpleStringProperty("");
    private final StringProperty userName = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordAgain = new SimpleStringProperty("");
    private final BooleanProperty alsoSupervisor = new SimpleBooleanProperty(false);
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public SetupViewModel(Vault vault, boolean convert, TaskRunner runner, Messages m) {
        this.vault = vault;
        this.convert = convert;
        this.runner = runner;
        this.m = m;
        country.addListener((o, before, cc) -> {
            String code = officeCode.get();
            if (cc != null && (code == null || code.isBlank() || (before != null && code.equals(before + "-")))) {
                officeCode.set(cc + "-");
            }
        });
    }

    /** Whether this encrypts an earlier version's data folder (no office fields). */
    public boolean isConversion() {
        return convert;
    }

    public void create(Consumer<Vault.Opened> done) {
        Vault.NewAccount admin = admin(alsoSupervisor.get() ? EnumSet.of(Role.ADMINISTRATOR, Role.SUPERVISOR)
                : EnumSet.of(Role.ADMINISTRATOR));
        if (admin == null) {
            return;
        }
        String n = name.get();
        String c = country.get();
        String code = officeCode.get();
        message.set(m.get(convert ? "setup.converting" : "setup.creating"));
        runner.run(() -> convert ? vault.convert(admin) : vault.setUp(n, c, code, admin), o -> {
            busy.set(false);
            message.set("");
            clearPasswords();
            done.accept(o);
        }, this::fail);
    }

    /** Sets up the demo office (its administrator also a supervisor) and loads the demo data set. */
    public void createDemo(Consumer<Vault.Opened> done) {
        Vault.NewAccount admin = admin(EnumSet.of(Role.ADMINISTRATOR, Role.SUPERVISOR));
        if (admin == null) {
            return;
        }
        message.set(m.get("demo.progress", 0, DemoService.CASES));
        runner.run(() -> {
            Vault.Opened opened = vault.setUpDemo(admin);
            try {
                opened.services().demo().load((i, total) -> {
                    if (i % 10 == 0) {
                        runner.ui(() -> message.set(m.get("demo.progress", i, total)));
                    }
                });
            } catch (RuntimeException e) {
                // the office and its recovery key exist: they must still be shown; the demo data
                // can be loaded again from the File menu (it adds only what is missing)
                org.slf4j.LoggerFactory.getLogger(SetupViewModel.class).warn("Demo data not loaded", e);
            }
            return opened;
        }, o -> {
            busy.set(false);
            clearPasswords();
            done.accept(o);
        }, this::fail);
    }

    /** The administrator typed, or null (with the error shown) when the passwords differ. */
    private Vault.NewAccount admin(Set<Role> roles) {
        errors.clear();
        message.set("");
        if (!password.get().equals(passwordAgain.get())) {
            errors.put("passwordAgain", m.get("validation.passwordMismatch"));
            message.set(m.get("error.validation", 1));
            return null;
        }
        busy.set(true);
        return new Vault.NewAccount(userName.get(), displayName.get(), roles, password.get().toCharArray());
    }

    private void clearPasswords() {
        password.set("");
        passwordAgain.set("");
    }

    private void fail(Throwable t) {
        busy.set(false);
        message.set(org.vigia.ui.common.FieldErrors.show(t, errors, m));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty officeCodeProperty() {
        return officeCode;
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty passwordAgainProperty() {
        return passwordAgain;
    }

    public BooleanProperty alsoSupervisorProperty() {
        return alsoSupervisor;
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
