package org.vigia.ui.checkview;

import java.util.List;
import java.util.function.Consumer;
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
import javafx.collections.ObservableMap;
import org.vigia.l10n.Messages;
import org.vigia.model.HitFilter;
import org.vigia.model.HitFollowUp;
import org.vigia.model.HitLine;
import org.vigia.model.Permission;
import org.vigia.service.checkview.CheckpointFigures;
import org.vigia.ui.common.FieldErrors;
import org.vigia.ui.common.PagedList;
import org.vigia.ui.common.TaskRunner;

/**
 * The watch-list hits for follow-up: filters (follow-up state, late only), the paged list, and
 * the follow-up form of the selected hit (state and note, saved with the version read).
 */
public final class HitsViewModel {
    private final CheckpointFigures figures;
    private final TaskRunner runner;
    private final Messages m;
    private final ObjectProperty<HitFollowUp> followUpFilter = new SimpleObjectProperty<>();
    private final BooleanProperty lateOnly = new SimpleBooleanProperty();
    private final PagedList<HitLine> rows;
    private final ObjectProperty<HitLine> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<HitFollowUp> state = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private HitFilter shown = HitFilter.ALL;
    private int generation;

    public HitsViewModel(CheckpointFigures figures, TaskRunner runner, Messages m) {
        this.figures = figures;
        this.runner = runner;
        this.m = m;
        this.rows = new PagedList<>(this::loadPage);
        followUpFilter.addListener((o, a, b) -> refresh());
        lateOnly.addListener((o, a, b) -> refresh());
        selected.addListener((o, a, b) -> editing.set(false));
    }

    public void refresh() {
        refresh("");
    }

    /** Counts and shows the hits of the filters; {@code then} is the message shown after. */
    private void refresh(String then) {
        HitFilter filter = new HitFilter(followUpFilter.get(), lateOnly.get() ? Boolean.TRUE : null);
        int mine = ++generation;
        runner.run(() -> figures.countHits(filter), n -> {
            if (mine != generation) {
                return;
            }
            shown = filter;
            message.set(then);
            totalText.set(m.get("checkview.hits.total", n));
            selected.set(null);
            rows.reset((int) Math.min(Integer.MAX_VALUE, n));
        }, t -> message.set(m.error(t)));
    }

    private void loadPage(int offset, int limit, Consumer<List<HitLine>> done, Runnable failed) {
        HitFilter filter = shown;
        runner.run(() -> figures.hits(filter, offset, limit), done, t -> {
            failed.run();
            message.set(m.error(t));
        });
    }

    public boolean canFollowUp() {
        return figures.allows(Permission.CASE_WRITE);
    }

    /** Opens the follow-up form on the selected hit, with its current state and note. */
    public void startFollowUp() {
        HitLine h = selected.get();
        if (h == null || !canFollowUp()) {
            return;
        }
        errors.clear();
        message.set("");
        state.set(h.hit().followUp());
        note.set(h.followUpNote() == null ? "" : h.followUpNote());
        editing.set(true);
    }

    public void cancelFollowUp() {
        editing.set(false);
    }

    /** Saves the form; the list is read again after, and {@code done} runs with the saved hit. */
    public void saveFollowUp(Consumer<HitLine> done) {
        HitLine h = selected.get();
        if (h == null) {
            return;
        }
        errors.clear();
        HitFollowUp s = state.get();
        String n = note.get();
        runner.run(() -> figures.setFollowUp(h.hit().id(), h.version(), s, n), saved -> {
            editing.set(false);
            refresh(m.get("checkview.hits.saved"));
            done.accept(saved);
        }, t -> message.set(FieldErrors.show(t, errors, m)));
    }

    public ObjectProperty<HitFollowUp> followUpFilterProperty() {
        return followUpFilter;
    }

    public BooleanProperty lateOnlyProperty() {
        return lateOnly;
    }

    public PagedList<HitLine> rows() {
        return rows;
    }

    public ObjectProperty<HitLine> selectedProperty() {
        return selected;
    }

    public ObjectProperty<HitFollowUp> stateProperty() {
        return state;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }
}
