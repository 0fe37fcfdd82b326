package org.vigia.ui.checkview;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
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
import org.vigia.model.CaseRole;
import org.vigia.model.CheckCaseDraft;
import org.vigia.model.CheckCaseRequest;
import org.vigia.model.CheckCaseResult;
import org.vigia.model.FieldError;
import org.vigia.model.PersonMatch;
import org.vigia.model.ValidationException;
import org.vigia.service.cases.CaseService;
import org.vigia.service.checkview.CheckToCase;
import org.vigia.ui.common.FieldErrors;
import org.vigia.ui.common.TaskRunner;

/**
 * "Open case from check": the check's person (or an existing person picked among the likely
 * matches), the role, and a new case (titled) or an existing case (by its number).
 */
public final class CheckToCaseViewModel {
    /** The roles offered, in this order. */
    public static final List<CaseRole> ROLES = List.of(CaseRole.SMUGGLED_MIGRANT, CaseRole.VICTIM, CaseRole.SUSPECT);
    private final CheckToCase toCase;
    private final CaseService cases;
    private final TaskRunner runner;
    private final Messages m;
    private final ReadOnlyObjectWrapper<CheckCaseDraft> draft = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PersonMatch> matches = FXCollections.observableArrayList();
    private final ObjectProperty<PersonMatch> chosenPerson = new SimpleObjectProperty<>();
    private final ObjectProperty<CaseRole> role = new SimpleObjectProperty<>();
    private final BooleanProperty existingCase = new SimpleBooleanProperty(false);
    private final StringProperty caseTitle = new SimpleStringProperty("");
    private final StringProperty caseNumber = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int generation;

    public CheckToCaseViewModel(CheckToCase toCase, CaseService cases, TaskRunner runner, Messages m) {
        this.toCase = toCase;
        this.cases = cases;
        this.runner = runner;
        this.m = m;
    }

    /** Starts over on check {@code checkId}: its draft and likely matches; a role from its action. */
    public void load(UUID checkId) {
        int mine = ++generation;
        draft.set(null);
        matches.clear();
        chosenPerson.set(null);
        errors.clear();
        message.set("");
        existingCase.set(false);
        caseNumber.set("");
        record Loaded(CheckCaseDraft draft, List<PersonMatch> matches) {
        }
        runner.run(() -> new Loaded(toCase.draft(checkId), toCase.matches(checkId)), l -> {
            if (mine != generation) {
                return;
            }
            draft.set(l.draft());
            matches.setAll(l.matches());
            role.set(roleFor(l.draft().action()));
            caseTitle.set(m.get("checkview.toCase.defaultTitle", l.draft().pointName(), m.date(l.draft().checkedOn())));
        }, t -> message.set(m.error(t)));
    }

    static CaseRole roleFor(String action) {
        if (action == null || java.util.Arrays.stream(org.vigia.model.CheckAction.values())
                .noneMatch(a -> a.name().equals(action))) {
            return null;
        }
        return switch (org.vigia.model.CheckAction.valueOf(action)) {
            case VICTIM_IDENTIFIED -> CaseRole.VICTIM;
            case SUSPECT_ARRESTED -> CaseRole.SUSPECT;
            case IRREGULAR_MIGRANT -> CaseRole.SMUGGLED_MIGRANT;
            default -> null;
        };
    }

    /** Opens the case; {@code done} gets what was done. Refusals show on their fields. */
    public void open(Consumer<CheckCaseResult> done) {
        CheckCaseDraft d = draft.get();
        if (d == null || busy.get()) {
            return;
        }
        errors.clear();
        message.set("");
        boolean existing = existingCase.get();
        String number = caseNumber.get() == null ? "" : caseNumber.get().strip();
        UUID personId = chosenPerson.get() == null ? null : chosenPerson.get().personId();
        CaseRole r = role.get();
        String title = caseTitle.get();
        busy.set(true);
        runner.run(() -> {
            UUID caseId = null;
            if (existing) {
                if (number.isEmpty()) {
                    throw new ValidationException(List.of(FieldError.of("number", "validation.required")));
                }
                caseId = cases.byNumber(number).map(CaseFile::id).orElseThrow(() -> new ValidationException(
                        List.of(FieldError.of("number", "checkview.error.noCaseNumber", number))));
            }
            return toCase.open(new CheckCaseRequest(d.checkId(), d.checkVersion(), r, personId, caseId,
                    existing ? null : title));
        }, result -> {
            busy.set(false);
            message.set(m.get("checkview.toCase.done", result.caseNumber()));
            done.accept(result);
        }, t -> {
            busy.set(false);
            message.set(FieldErrors.show(t, errors, m));
        });
    }

    public ReadOnlyObjectProperty<CheckCaseDraft> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public ObservableList<PersonMatch> matches() {
        return matches;
    }

    /** The existing person chosen among the matches; null: create the person from the check. */
    public ObjectProperty<PersonMatch> chosenPersonProperty() {
        return chosenPerson;
    }

    public ObjectProperty<CaseRole> roleProperty() {
        return role;
    }

    public BooleanProperty existingCaseProperty() {
        return existingCase;
    }

    public StringProperty caseTitleProperty() {
        return caseTitle;
    }

    public StringProperty caseNumberProperty() {
        return caseNumber;
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
