package org.vigia.ui.checkview;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.vigia.l10n.Messages;
import org.vigia.model.CheckLine;
import org.vigia.model.ControlFigures;
import org.vigia.model.Permission;
import org.vigia.service.checkview.CheckpointFigures;
import org.vigia.ui.common.PagedList;
import org.vigia.ui.common.TaskRunner;

/** The checks of one control, paged from the database, with the one selected. */
public final class ControlChecksViewModel {
    private final CheckpointFigures figures;
    private final TaskRunner runner;
    private final Messages m;
    private final PagedList<CheckLine> rows;
    private final ObjectProperty<ControlFigures> control = new SimpleObjectProperty<>();
    private final ObjectProperty<CheckLine> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private int generation;

    public ControlChecksViewModel(CheckpointFigures figures, TaskRunner runner, Messages m) {
        this.figures = figures;
        this.runner = runner;
        this.m = m;
        this.rows = new PagedList<>(this::loadPage);
    }

    /** Shows the checks of {@code c} (null: none). */
    public void open(ControlFigures c) {
        control.set(c);
        selected.set(null);
        int mine = ++generation;
        if (c == null) {
            title.set("");
            rows.reset(0);
            return;
        }
        runner.run(() -> figures.countChecks(c.controlId()), n -> {
            if (mine != generation) {
                return;
            }
            error.set("");
            title.set(m.get("checkview.checks.title", c.operationCode(), m.number(n)));
            rows.reset((int) Math.min(Integer.MAX_VALUE, n));
        }, t -> error.set(m.error(t)));
    }

    /** Reads the checks of the control again (after a case was opened from one). */
    public void reload() {
        open(control.get());
    }

    private void loadPage(int offset, int limit, Consumer<List<CheckLine>> done, Runnable failed) {
        ControlFigures c = control.get();
        if (c == null) {
            failed.run();
            return;
        }
        runner.run(() -> figures.checks(c.controlId(), offset, limit), done, t -> {
            failed.run();
            error.set(m.error(t));
        });
    }

    /** Whether a case may be opened from the selected check (write right, not done yet). */
    public boolean canOpenCase(CheckLine line) {
        return line != null && !line.linked() && figures.allows(Permission.CASE_WRITE);
    }

    public PagedList<CheckLine> rows() {
        return rows;
    }

    public ObjectProperty<ControlFigures> controlProperty() {
        return control;
    }

    public ObjectProperty<CheckLine> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
