package org.vigia.ui.care;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.vigia.l10n.Messages;
import org.vigia.model.Permission;
import org.vigia.model.SupportPlanItem;
import org.vigia.model.SupportPlanType;
import org.vigia.service.care.SupportPlanService;
import org.vigia.ui.common.TaskRunner;

/** The support plan of one victim: its items and the form of the selected (or a new) one. */
public final class SupportPlanViewModel {
    private static final Comparator<SupportPlanItem> ORDER = Comparator.comparing(SupportPlanItem::startOn,
            Comparator.nullsLast(Comparator.naturalOrder()));
    private final SupportPlanService plan;
    private final TaskRunner runner;
    private final UUID linkId;
    private final CareState state;
    private final ObservableList<SupportPlanItem> items = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SupportPlanItem> selected = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<SupportPlanType> type = new SimpleObjectProperty<>();
    private final StringProperty objectives = new SimpleStringProperty("");
    private final StringProperty actions = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> startOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> plannedEndOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> actualEndOn = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");

    public SupportPlanViewModel(SupportPlanService plan, Messages m, TaskRunner runner, UUID linkId) {
        this.plan = plan;
        this.runner = runner;
        this.linkId = linkId;
        this.state = new CareState(m);
        startNew();
    }

    public void load() {
        state.busy.set(true);
        runner.run(() -> plan.list(linkId), all -> {
            state.busy.set(false);
            items.setAll(all);
            SupportPlanItem was = selected.get();
            if (was != null) {
                all.stream().filter(i -> i.id().equals(was.id())).findFirst().ifPresentOrElse(this::select, this::startNew);
            }
        }, state::fail);
    }

    /** An empty form for a new item, agreed today. */
    public void startNew() {
        selected.set(null);
        state.errors.clear();
        type.set(null);
        objectives.set("");
        actions.set("");
        startOn.set(plan.today());
        plannedEndOn.set(null);
        actualEndOn.set(null);
        notes.set("");
    }

    public void select(SupportPlanItem i) {
        if (i == null) {
            startNew();
            return;
        }
        selected.set(i);
        state.errors.clear();
        type.set(i.type());
        objectives.set(i.objectives());
        actions.set(i.actions() == null ? "" : i.actions());
        startOn.set(i.startOn());
        plannedEndOn.set(i.plannedEndOn());
        actualEndOn.set(i.actualEndOn());
        notes.set(i.notes() == null ? "" : i.notes());
    }

    public void save() {
        if (!state.begin()) {
            return;
        }
        SupportPlanItem base = selected.get();
        SupportPlanItem draft = new SupportPlanItem(base == null ? null : base.id(), base == null ? 0 : base.version(),
                linkId, type.get(), objectives.get(), actions.get(), startOn.get(), plannedEndOn.get(),
                actualEndOn.get(), notes.get());
        runner.run(() -> draft.isNew() ? plan.add(draft) : plan.update(draft), saved -> {
            items.removeIf(x -> x.id().equals(saved.id()));
            items.add(saved);
            FXCollections.sort(items, ORDER);
            select(saved);
            state.done(draft.isNew() ? "care.plan.added" : "care.plan.saved");
        }, state::fail);
    }

    public void remove() {
        SupportPlanItem i = selected.get();
        if (i == null || !state.begin()) {
            return;
        }
        runner.run(() -> {
            plan.remove(i.id(), i.version());
            return i;
        }, x -> {
            items.removeIf(y -> y.id().equals(i.id()));
            startNew();
            state.done("care.plan.removed");
        }, state::fail);
    }

    /** Open, ended, or overdue (open past its planned end), for the list. */
    public String stateKey(SupportPlanItem i) {
        if (!i.isOpen()) {
            return "care.plan.state.ended";
        }
        return i.plannedEndOn() != null && i.plannedEndOn().isBefore(plan.today())
                ? "care.plan.state.overdue" : "care.plan.state.open";
    }

    public boolean canWrite() {
        return plan.allows(Permission.CASE_WRITE);
    }

    public ObservableList<SupportPlanItem> items() {
        return items;
    }

    public ReadOnlyObjectProperty<SupportPlanItem> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ObjectProperty<SupportPlanType> typeProperty() {
        return type;
    }

    public StringProperty objectivesProperty() {
        return objectives;
    }

    public StringProperty actionsProperty() {
        return actions;
    }

    public ObjectProperty<LocalDate> startOnProperty() {
        return startOn;
    }

    public ObjectProperty<LocalDate> plannedEndOnProperty() {
        return plannedEndOn;
    }

    public ObjectProperty<LocalDate> actualEndOnProperty() {
        return actualEndOn;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableMap<String, String> errors() {
        return state.errors;
    }

    public ReadOnlyStringProperty messageProperty() {
        return state.message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return state.busy.getReadOnlyProperty();
    }
}
