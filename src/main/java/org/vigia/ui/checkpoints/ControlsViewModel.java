package org.vigia.ui.checkpoints;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.vigia.l10n.Messages;
import org.vigia.model.CheckpointControl;
import org.vigia.model.ControlQuery;
import org.vigia.model.ControlSummary;
import org.vigia.model.FieldError;
import org.vigia.model.Operation;
import org.vigia.model.TransitPoint;
import org.vigia.model.ValidationException;
import org.vigia.service.checkpoints.ControlService;
import org.vigia.service.operations.OperationService;
import org.vigia.ui.common.DialogService;
import org.vigia.ui.common.FieldErrors;
import org.vigia.ui.common.TaskRunner;

/** The controls of the selected transit point (newest shift first) and the form of a new control. */
public final class ControlsViewModel {
    /** How a date and time is typed in the forms (in the app's time zone). */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final int SHOWN = 200;

    private final ControlService controls;
    private final OperationService operations;
    private final TaskRunner runner;
    private final Messages m;
    private final DialogService dialogs;
    private final Clock clock;
    private final ObjectProperty<TransitPoint> point = new SimpleObjectProperty<>();
    private final ObservableList<ControlSummary> rows = FXCollections.observableArrayList();
    private final ObservableList<Operation> operationChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Operation> operation = new SimpleObjectProperty<>();
    private final StringProperty shiftStart = new SimpleStringProperty("");
    private final StringProperty shiftEnd = new SimpleStringProperty("");
    private final StringProperty officers = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final StringProperty message = new SimpleStringProperty("");

    public ControlsViewModel(ControlService controls, OperationService operations, TaskRunner runner, Messages m,
                             DialogService dialogs, Clock clock) {
        this.controls = controls;
        this.operations = operations;
        this.runner = runner;
        this.m = m;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    /** Shows the controls of {@code p} (null: none) and loads the operations to choose from. */
    public void show(TransitPoint p) {
        point.set(p);
        errors.clear();
        message.set("");
        LocalDateTime now = LocalDateTime.now(clock).withMinute(0);
        shiftStart.set(TIME.format(now));
        shiftEnd.set(TIME.format(now.plusHours(8)));
        reload();
        runner.run(operations::list, ops -> {
            operationChoices.setAll(ops);
            if (operation.get() == null && !ops.isEmpty()) {
                operation.set(ops.get(0));
            }
        }, e -> dialogs.error(m.error(e)));
    }

    public void reload() {
        TransitPoint p = point.get();
        if (p == null) {
            rows.clear();
            return;
        }
        runner.run(() -> controls.list(ControlQuery.ofPoint(p.id()), 0, SHOWN), rows::setAll,
                e -> dialogs.error(m.error(e)));
    }

    /** Saves a new control at the point; {@code opened} gets it (to open its tab). */
    public void save(java.util.function.Consumer<ControlSummary> opened) {
        errors.clear();
        message.set("");
        TransitPoint p = point.get();
        if (p == null) {
            return;
        }
        Map<String, String> local = new HashMap<>();
        Instant start = parse("shiftStart", shiftStart.get(), local);
        Instant end = parse("shiftEnd", shiftEnd.get(), local);
        if (!local.isEmpty()) {
            errors.putAll(local);
            return;
        }
        Operation op = operation.get();
        CheckpointControl draft = new CheckpointControl(null, 0, op == null ? null : op.id(), p.id(), start, end,
                officers.get(), notes.get());
        runner.run(() -> controls.summary(controls.add(draft).id()), saved -> {
            message.set(m.get("checkpoint.controls.saved"));
            officers.set("");
            notes.set("");
            reload();
            opened.accept(saved);
        }, t -> {
            String text = FieldErrors.show(t, errors, m);
            if (!(t instanceof ValidationException)) {
                dialogs.error(text);
            }
        });
    }

    private Instant parse(String field, String text, Map<String, String> local) {
        if (text == null || text.isBlank()) {
            local.put(field, m.fieldError(FieldError.of(field, "validation.required")));
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), TIME).atZone(zone()).toInstant();
        } catch (DateTimeParseException e) {
            local.put(field, m.fieldError(FieldError.of(field, "checkpoint.error.badTime", "2026-03-15 06:00")));
            return null;
        }
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** A shift as shown: "2026-03-15 06:00 – 2026-03-15 18:00" in the app's zone. */
    public String shiftText(CheckpointControl c) {
        return m.get("checkpoint.shift", TIME.format(c.shiftStart().atZone(zone())), TIME.format(c.shiftEnd().atZone(zone())));
    }

    public boolean canWrite() {
        return controls.allows(org.vigia.model.Permission.CASE_WRITE);
    }

    public ObjectProperty<TransitPoint> pointProperty() {
        return point;
    }

    public ObservableList<ControlSummary> rows() {
        return rows;
    }

    public ObservableList<Operation> operationChoices() {
        return operationChoices;
    }

    public ObjectProperty<Operation> operationProperty() {
        return operation;
    }

    public StringProperty shiftStartProperty() {
        return shiftStart;
    }

    public StringProperty shiftEndProperty() {
        return shiftEnd;
    }

    public StringProperty officersProperty() {
        return officers;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
