package org.vigia.ui.checkview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vigia.l10n.Messages;
import org.vigia.model.CheckpointRange;
import org.vigia.model.CheckpointTotals;
import org.vigia.model.ControlFigures;
import org.vigia.model.Operation;
import org.vigia.model.PointFigures;
import org.vigia.service.checkview.CheckpointFigures;
import org.vigia.service.operations.OperationService;
import org.vigia.ui.common.TaskRunner;

/**
 * The border checkpoints figures: the range (from, to) and operation filters, the transit points
 * with their figures, the controls of the selected point, the totals. Answers to an older
 * question are dropped.
 */
public final class CheckpointsViewModel {
    private final CheckpointFigures figures;
    private final OperationService operations;
    private final TaskRunner runner;
    private final Messages m;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Operation> operation = new SimpleObjectProperty<>();
    private final ObservableList<Operation> operationChoices = FXCollections.observableArrayList();
    private final ObservableList<PointFigures> points = FXCollections.observableArrayList();
    private final ObservableList<ControlFigures> controls = FXCollections.observableArrayList();
    private final ObjectProperty<PointFigures> selectedPoint = new SimpleObjectProperty<>();
    private final ObjectProperty<CheckpointTotals> totals = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper totalsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private CheckpointRange shown;
    private int generation;
    private int controlGeneration;

    /** The range starts as the last 30 days up to today (the office clock). */
    public CheckpointsViewModel(CheckpointFigures figures, OperationService operations, TaskRunner runner, Messages m,
                                Clock clock) {
        this.figures = figures;
        this.operations = operations;
        this.runner = runner;
        this.m = m;
        LocalDate today = LocalDate.now(clock);
        to.set(today);
        from.set(today.minusDays(29));
        selectedPoint.addListener((o, a, p) -> loadControls(p));
    }

    /** Loads the operations of the filter, then the figures. */
    public void open() {
        runner.run(operations::list, list -> {
            Operation keep = operation.get();
            operationChoices.setAll(list);
            if (keep != null && list.stream().noneMatch(op -> op.id().equals(keep.id()))) {
                operation.set(null);
            }
            refresh();
        }, t -> error.set(m.error(t)));
    }

    /** Asks the figures of the current filters again. */
    public void refresh() {
        CheckpointRange range = new CheckpointRange(from.get(), to.get(),
                operation.get() == null ? null : operation.get().id());
        int mine = ++generation;
        record Answer(List<PointFigures> points, CheckpointTotals totals) {
        }
        runner.run(() -> new Answer(figures.points(range), figures.totals(range)), a -> {
            if (mine != generation) {
                return;
            }
            error.set("");
            shown = range;
            PointFigures was = selectedPoint.get();
            points.setAll(a.points());
            totals.set(a.totals());
            totalsText.set(m.get("checkview.totals", a.totals().points(), a.totals().controls(),
                    FiguresText.persons(m, a.totals().counts()), FiguresText.hits(m, a.totals().counts()),
                    a.totals().counts().irregularMigrants(), a.totals().counts().victims(), a.totals().counts().arrests()));
            PointFigures again = was == null ? null : a.points().stream()
                    .filter(p -> p.pointId().equals(was.pointId())).findFirst().orElse(null);
            selectedPoint.set(again);
            if (again != null && again.equals(was)) { // an equal point fires no change: its controls again
                loadControls(again);
            }
        }, t -> {
            if (mine == generation) {
                error.set(m.error(t));
            }
        });
    }

    private void loadControls(PointFigures point) {
        int mine = ++controlGeneration;
        if (point == null || shown == null) {
            controls.clear();
            return;
        }
        CheckpointRange range = shown;
        runner.run(() -> figures.controls(range, point.pointId()), list -> {
            if (mine == controlGeneration) {
                controls.setAll(list);
            }
        }, t -> error.set(m.error(t)));
    }

    /** Runs {@code action} with the range shown (the drill-down keeps to it). */
    void withRange(Consumer<CheckpointRange> action) {
        if (shown != null) {
            action.accept(shown);
        }
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The operation filter; null for every operation. */
    public ObjectProperty<Operation> operationProperty() {
        return operation;
    }

    public ObservableList<Operation> operationChoices() {
        return operationChoices;
    }

    public ObservableList<PointFigures> points() {
        return points;
    }

    public ObservableList<ControlFigures> controls() {
        return controls;
    }

    public ObjectProperty<PointFigures> selectedPointProperty() {
        return selectedPoint;
    }

    public ObjectProperty<CheckpointTotals> totalsProperty() {
        return totals;
    }

    public ReadOnlyStringProperty totalsTextProperty() {
        return totalsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
