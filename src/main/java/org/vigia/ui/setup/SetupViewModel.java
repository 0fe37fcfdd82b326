package org.vigia.ui.setup;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.vigia.l10n.Messages;
import org.vigia.model.FieldError;
import org.vigia.model.Site;
import org.vigia.model.ValidationException;
import org.vigia.service.demo.DemoService;
import org.vigia.service.site.SiteService;
import org.vigia.ui.common.TaskRunner;

/** First run: the field office's name, country, code and the operator's name. */
public final class SetupViewModel {
    private final SiteService sites;
    private final DemoService demo;
    private final TaskRunner runner;
    private final Messages m;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty();
    private final StringProperty officeCode = new SimpleStringProperty("");
    private final StringProperty operator = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public SetupViewModel(SiteService sites, DemoService demo, TaskRunner runner, Messages m) {
        this.sites = sites;
        this.demo = demo;
        this.runner = runner;
        this.m = m;
        country.addListener((o, before, cc) -> {
            String code = officeCode.get();
            if (cc != null && (code == null || code.isBlank() || (before != null && code.equals(before + "-")))) {
                officeCode.set(cc + "-");
            }
        });
    }

    public void create(Consumer<Site> done) {
        errors.clear();
        message.set("");
        busy.set(true);
        String n = name.get();
        String c = country.get();
        String code = officeCode.get();
        String op = operator.get();
        runner.run(() -> sites.setUp(n, c, code, op), s -> {
            busy.set(false);
            done.accept(s);
        }, this::fail);
    }

    /** Sets up the demo office and loads the demo data set. */
    public void createDemo(Consumer<Site> done) {
        errors.clear();
        busy.set(true);
        message.set(m.get("demo.progress", 0, DemoService.CASES));
        runner.run(() -> {
            demo.load((i, total) -> runner.ui(() -> message.set(m.get("demo.progress", i, total))));
            return sites.loadLocal().orElseThrow();
        }, s -> {
            busy.set(false);
            done.accept(s);
        }, this::fail);
    }

    private void fail(Throwable t) {
        busy.set(false);
        if (t instanceof ValidationException v) {
            for (FieldError e : v.errors()) {
                errors.putIfAbsent(e.field(), m.fieldError(e));
            }
        }
        message.set(m.error(t));
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

    public StringProperty operatorProperty() {
        return operator;
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
