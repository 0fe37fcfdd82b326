package org.vigia.ui.operations;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.vigia.l10n.Messages;
import org.vigia.model.Operation;
import org.vigia.service.operations.OperationService;
import org.vigia.ui.common.TaskRunner;

/** Operations: the list and the form of the selected (or new) operation. */
public final class OperationsViewModel {
    private final OperationService service;

    /** Whether the signed-in account may create and change operations. */
    public boolean canWrite() {
        return service.allows(org.vigia.model.Permission.CASE_WRITE);
    }
    private final TaskRunner runner;
    private final Messages m;

    private final ObservableList<Operation> operations = FXCollections.observableArrayList();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>();
    private final ObservableList<String> countries = FXCollections.observableArrayList();
    private final StringProperty coordinationUnit = new SimpleStringProperty("");
    private final ObservableList<String> partners = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private Operation editing = Operation.blank();
    private Operation baseline = Operation.blank();
    private Runnable onChanged = () -> { };
    private boolean saving;

    public OperationsViewModel(OperationService service, TaskRunner runner, Messages m) {
        this.service = service;
        this.runner = runner;
        this.m = m;
        heading.set(m.get("ops.editor.new"));
        List.<javafx.beans.Observable>of(code, name, start, end, coordinationUnit).forEach(p -> p.addListener(o -> updateDirty()));
        countries.addListener((javafx.beans.InvalidationListener) o -> updateDirty());
        partners.addListener((javafx.beans.InvalidationListener) o -> updateDirty());
    }

    public void setOnChanged(Runnable r) {
        onChanged = r;
    }

    public void load() {
        runner.run(service::list, operations::setAll, t -> message.set(m.error(t)));
    }

    /** Shows an operation in the form (null: a new one). */
    public void edit(Operation op) {
        editing = op == null ? Operation.blank() : op;
        code.set(editing.code());
        name.set(editing.name());
        start.set(editing.startDate());
        end.set(editing.endDate());
        countries.setAll(editing.countries());
        coordinationUnit.set(editing.coordinationUnit());
        partners.setAll(editing.partners());
        errors.clear();
        message.set("");
        heading.set(editing.id() == null ? m.get("ops.editor.new") : m.get("ops.editor.edit", editing.code()));
        baseline = draft();
        updateDirty();
    }

    /** Adds a country (ISO code) unless it is listed already. */
    public void addCountry(String cc) {
        if (cc != null && !countries.contains(cc)) {
            countries.add(cc);
        }
    }

    /** Adds a partner organisation unless it is blank or listed already. */
    public void addPartner(String partner) {
        String p = partner == null ? "" : partner.strip();
        if (!p.isEmpty() && partners.stream().noneMatch(x -> x.equalsIgnoreCase(p))) {
            partners.add(p);
        }
    }

    public void save() {
        if (saving) {
            return;
        }
        saving = true;
        Operation d = draft();
        errors.clear();
        message.set("");
        runner.run(() -> service.save(d), saved -> {
            saving = false;
            edit(saved);
            message.set(m.get("common.saved"));
            load();
            onChanged.run();
        }, t -> {
            saving = false;
            message.set(org.vigia.ui.common.FieldErrors.show(t, errors, m));
        });
    }

    public Operation draft() {
        return new Operation(editing.id(), editing.version(), code.get(), name.get(), start.get(),
                end.get(), List.copyOf(countries), coordinationUnit.get(), List.copyOf(partners));
    }

    private void updateDirty() {
        dirty.set(!draft().equals(baseline));
    }

    public ObservableList<Operation> operations() {
        return operations;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    public ObjectProperty<LocalDate> endProperty() {
        return end;
    }

    public ObservableList<String> countries() {
        return countries;
    }

    public StringProperty coordinationUnitProperty() {
        return coordinationUnit;
    }

    public ObservableList<String> partners() {
        return partners;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }
}
