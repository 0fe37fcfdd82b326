package org.vigia.ui.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
import org.vigia.model.CaseFile;
import org.vigia.model.CaseStatus;
import org.vigia.model.OffenceType;
import org.vigia.model.Operation;
import org.vigia.model.Site;
import org.vigia.service.cases.CaseService;
import org.vigia.service.operations.OperationService;
import org.vigia.ui.common.TaskRunner;

/**
 * One case being created or edited. Holds every field as a property, knows whether anything
 * changed since it was loaded or saved, and maps the service's refusals onto fields.
 */
public final class CaseEditorViewModel {
    private final CaseService cases;
    private final OperationService operations;
    private final TaskRunner runner;
    private final Messages messages;
    private final Clock clock;

    private final StringProperty number = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper numberPrompt = new ReadOnlyStringWrapper("");
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<Operation> operation = new SimpleObjectProperty<>();
    private final ObservableMap<OffenceType, BooleanProperty> offences = FXCollections.observableHashMap();
    private final ObjectProperty<CaseStatus> status = new SimpleObjectProperty<>(CaseStatus.Active);
    private final StringProperty lead = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> openedOn = new SimpleObjectProperty<>();
    private final StringProperty country = new SimpleStringProperty();
    private final StringProperty locality = new SimpleStringProperty("");
    private final StringProperty narrative = new SimpleStringProperty("");
    private final StringProperty act = new SimpleStringProperty("");
    private final StringProperty means = new SimpleStringProperty("");
    private final StringProperty purpose = new SimpleStringProperty("");

    private final ObservableList<Operation> operationChoices = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper changedBy = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CaseFile> saved = new ReadOnlyObjectWrapper<>();
    private CaseFile baseline;

    public CaseEditorViewModel(CaseService cases, OperationService operations, TaskRunner runner,
                               Messages messages, Clock clock) {
        this.cases = cases;
        this.operations = operations;
        this.runner = runner;
        this.messages = messages;
        this.clock = clock;
        for (OffenceType t : OffenceType.values()) {
            offences.put(t, new SimpleBooleanProperty(false));
        }
        List<Observable> fields = new java.util.ArrayList<>(List.of(number, title, operation, status,
                lead, openedOn, country, locality, narrative, act, means, purpose));
        fields.addAll(offences.values());
        fields.forEach(f -> f.addListener(o -> updateDirty()));
    }

    /** Starts a new case with the office's defaults and a proposed number. */
    public void startNew(Site site) {
        runner.run(() -> new Object[] {cases.suggestNumber(), operations.list(), cases.actingName()}, r -> {
            @SuppressWarnings("unchecked")
            List<Operation> ops = (List<Operation>) r[1];
            operationChoices.setAll(ops);
            numberPrompt.set(messages.get("case.number.next", r[0]));
            CaseFile blank = new CaseFile(null, 0, "", "", null, EnumSet.noneOf(OffenceType.class),
                    CaseStatus.Active, (String) r[2], LocalDate.now(clock), site.country(), "", "",
                    "", "", "", null, null);
            show(blank);
            baseline = draft();
            updateDirty();
            loaded.set(true);
        }, this::fail);
    }

    /** Loads a saved case. */
    public void load(UUID id) {
        runner.run(() -> new Object[] {cases.get(id), operations.list()}, r -> {
            @SuppressWarnings("unchecked")
            List<Operation> ops = (List<Operation>) r[1];
            operationChoices.setAll(ops);
            CaseFile c = (CaseFile) r[0];
            saved.set(c);
            show(c);
            baseline = draft();
            updateDirty();
            loaded.set(true);
        }, this::fail);
    }

    /** Saves; on success the editor holds the saved case and is clean. */
    public void save(Consumer<CaseFile> onSaved) {
        if (!canAct()) {
            return;
        }
        CaseFile draft = draft();
        errors.clear();
        message.set("");
        busy.set(true);
        runner.run(() -> draft.isNew() ? cases.create(draft) : cases.update(draft), c -> {
            busy.set(false);
            saved.set(c);
            show(c);
            baseline = draft();
            updateDirty();
            message.set(messages.get("common.saved"));
            onSaved.accept(c);
        }, this::fail);
    }

    /** Closes the case with a closed status. */
    public void close(CaseStatus closedAs, Consumer<CaseFile> done) {
        CaseFile c = saved.get();
        if (!canAct() || c == null) {
            return;
        }
        busy.set(true);
        runner.run(() -> cases.close(c.id(), c.version(), closedAs), after(done, "case.closed"), this::fail);
    }

    public void reopen(Consumer<CaseFile> done) {
        CaseFile c = saved.get();
        if (!canAct() || c == null) {
            return;
        }
        busy.set(true);
        runner.run(() -> cases.reopen(c.id(), c.version()), after(done, "case.reopened"), this::fail);
    }

    public void delete(Runnable done) {
        CaseFile c = saved.get();
        if (!canAct() || c == null) {
            return;
        }
        busy.set(true);
        runner.run(() -> {
            cases.delete(c.id(), c.version());
            return c;
        }, x -> {
            busy.set(false);
            done.run();
        }, this::fail);
    }

    /** Nothing runs while a write is under way or before the case has loaded. */
    private boolean canAct() {
        return loaded.get() && !busy.get();
    }

    /** Throws away unsaved changes. */
    public void revert() {
        if (baseline != null) {
            show(baseline);
            errors.clear();
            message.set("");
            updateDirty();
        }
    }

    private Consumer<CaseFile> after(Consumer<CaseFile> done, String key) {
        return c -> {
            busy.set(false);
            saved.set(c);
            show(c);
            baseline = draft();
            updateDirty();
            message.set(messages.get(key, c.number()));
            done.accept(c);
        };
    }

    private void fail(Throwable t) {
        busy.set(false);
        message.set(org.vigia.ui.common.FieldErrors.show(t, errors, messages));
    }

    private void show(CaseFile c) {
        number.set(nz(c.number()));
        title.set(nz(c.title()));
        operation.set(c.operationId() == null ? null : operationChoices.stream()
                .filter(o -> o.id().equals(c.operationId())).findFirst().orElse(null));
        offences.forEach((t, p) -> p.set(c.offences().contains(t)));
        status.set(c.status());
        lead.set(nz(c.leadInvestigator()));
        openedOn.set(c.openedOn());
        country.set(c.country());
        locality.set(nz(c.locality()));
        narrative.set(nz(c.narrative()));
        act.set(nz(c.act()));
        means.set(nz(c.means()));
        purpose.set(nz(c.purpose()));
        heading.set(c.isNew() ? messages.get("cases.tab.new") : c.number());
        changedBy.set(c.updatedAt() == null ? "" : messages.get("common.changedBy",
                messages.dateTime(c.updatedAt(), clock.getZone()), c.updatedBy()));
    }

    /** The case as the form shows it now. */
    public CaseFile draft() {
        CaseFile s = saved.get();
        EnumSet<OffenceType> chosen = EnumSet.noneOf(OffenceType.class);
        offences.forEach((t, p) -> {
            if (p.get()) {
                chosen.add(t);
            }
        });
        return new CaseFile(s == null ? null : s.id(), s == null ? 0 : s.version(), number.get(),
                title.get(), operation.get() == null ? null : operation.get().id(), chosen, status.get(),
                lead.get(), openedOn.get(), country.get(), locality.get(), narrative.get(), act.get(),
                means.get(), purpose.get(), null, null);
    }

    private void updateDirty() {
        dirty.set(baseline != null && !draft().equals(baseline));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public boolean isNew() {
        return saved.get() == null;
    }

    /** Whether the signed-in account may save and delete cases. */
    public boolean canWrite() {
        return cases.allows(org.vigia.model.Permission.CASE_WRITE);
    }

    /** Whether the signed-in account may close and reopen cases. */
    public boolean canClose() {
        return cases.allows(org.vigia.model.Permission.CASE_CLOSE);
    }

    public StringProperty numberProperty() {
        return number;
    }

    /** For a new case: the number it will get if the field is left empty. */
    public ReadOnlyStringProperty numberPromptProperty() {
        return numberPrompt.getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<Operation> operationProperty() {
        return operation;
    }

    public BooleanProperty offenceProperty(OffenceType t) {
        return offences.get(t);
    }

    public ObjectProperty<CaseStatus> statusProperty() {
        return status;
    }

    public StringProperty leadProperty() {
        return lead;
    }

    public ObjectProperty<LocalDate> openedOnProperty() {
        return openedOn;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty localityProperty() {
        return locality;
    }

    public StringProperty narrativeProperty() {
        return narrative;
    }

    public StringProperty actProperty() {
        return act;
    }

    public StringProperty meansProperty() {
        return means;
    }

    public StringProperty purposeProperty() {
        return purpose;
    }

    public ObservableList<Operation> operationChoices() {
        return operationChoices;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty changedByProperty() {
        return changedBy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CaseFile> savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
