package org.vigia.ui.caseroles;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vigia.l10n.Messages;
import org.vigia.model.CasePerson;
import org.vigia.model.CaseRole;
import org.vigia.model.Permission;
import org.vigia.service.roles.JourneyService;
import org.vigia.service.roles.RoleService;
import org.vigia.ui.common.TaskRunner;
import org.vigia.ui.people.PersonEditorViewModel;

/**
 * The People tab of one saved case: its persons with their roles, the selected one's role form
 * and journey, and the panes to add a person and to reclassify a link.
 */
public final class CasePeopleViewModel {
    private final UUID caseId;
    private final RoleService roles;
    private final JourneyService journeys;
    private final Supplier<PersonEditorViewModel> personEditors;
    private final TaskRunner runner;
    private final Messages messages;
    private final Clock clock;
    private final ObservableList<CasePerson> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CasePerson> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final RoleFormViewModel roleForm;
    private final JourneyViewModel journey;
    private org.vigia.ui.common.RevealIdentity reveal;

    public CasePeopleViewModel(UUID caseId, RoleService roles, JourneyService journeys,
                               Supplier<PersonEditorViewModel> personEditors, TaskRunner runner, Messages messages,
                               Clock clock) {
        this.caseId = caseId;
        this.roles = roles;
        this.journeys = journeys;
        this.personEditors = personEditors;
        this.runner = runner;
        this.messages = messages;
        this.clock = clock;
        this.roleForm = new RoleFormViewModel(roles, runner, messages, this::refresh);
        this.journey = new JourneyViewModel(caseId, journeys, runner, messages);
        selected.addListener((o, before, now) -> {
            if (now == null) {
                roleForm.clear();
                journey.show(null);
            } else {
                if (before == null || !now.link().id().equals(before.link().id())
                        || now.link().version() != before.link().version()) {
                    roleForm.load(now.link().id());
                }
                if (before == null || !now.personId().equals(before.personId())) {
                    journey.show(now.personId());
                }
            }
        });
    }

    /** Reads the case's persons again, keeping the selected link selected when it is still there. */
    public void refresh() {
        refresh(selected.get() == null ? null : selected.get().link().id());
    }

    /** Reads the case's persons again and selects the link {@code select} (null: none). */
    public void refresh(UUID select) {
        runner.run(() -> roles.rolesInCase(caseId), found -> {
            rows.setAll(found);
            selected.set(found.stream().filter(r -> r.link().id().equals(select)).findFirst().orElse(null));
        }, t -> message.set(messages.error(t)));
    }

    /** Removes the selected link (its journey goes with the person's last link in the case). */
    public void removeSelected() {
        CasePerson row = selected.get();
        if (row == null) {
            return;
        }
        message.set("");
        runner.run(() -> {
            roles.remove(row.link().id(), row.link().version());
            return null;
        }, done -> {
            message.set(messages.get("casePeople.removed", row.fullName()));
            refresh(null);
        }, t -> {
            message.set(messages.error(t));
            refresh();
        });
    }

    /** A new "add a person" pane's model (the caller shows it, then calls {@link #refresh(UUID)}). */
    public AddPersonViewModel newAddPerson() {
        return new AddPersonViewModel(caseId, roles, personEditors.get(), runner, messages);
    }

    /** A reclassification pane's model for the selected link, or null when it cannot be reclassified. */
    public ReclassifyViewModel newReclassify() {
        CasePerson row = selected.get();
        if (!canReclassify(row)) {
            return null;
        }
        ReclassifyViewModel vm = new ReclassifyViewModel(roles, runner, messages, clock);
        vm.load(row.link());
        return vm;
    }

    /** Only a smuggled migrant or a victim can be reclassified. */
    public static boolean canReclassify(CasePerson row) {
        return row != null && (row.link().role() == CaseRole.SMUGGLED_MIGRANT || row.link().role() == CaseRole.VICTIM);
    }

    public boolean canWrite() {
        return roles.allows(Permission.CASE_WRITE);
    }

    /** How hidden identities are revealed here (none: never offered). */
    public void setReveal(org.vigia.ui.common.RevealIdentity action) {
        this.reveal = action;
    }

    /** Whether this account may reveal a hidden victim's identity. */
    public boolean canReveal() {
        return reveal != null && reveal.allowed();
    }

    /** Asks why, reveals the selected hidden victim, then shows the case's people again (with the name). */
    public void revealSelected() {
        CasePerson row = selected.get();
        if (reveal == null || row == null || !row.masked()) {
            return;
        }
        reveal.ask(row.personId(), row.fullName(), () -> {
            message.set(messages.get("identity.revealed"));
            refresh(row.link().id());
        });
    }

    public UUID caseId() {
        return caseId;
    }

    public ObservableList<CasePerson> rows() {
        return rows;
    }

    public ObjectProperty<CasePerson> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public RoleFormViewModel roleForm() {
        return roleForm;
    }

    public JourneyViewModel journey() {
        return journey;
    }

    JourneyService journeys() {
        return journeys;
    }
}
