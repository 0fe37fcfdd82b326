package org.vigia.ui.people;

import java.util.UUID;
import java.util.function.Supplier;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.vigia.l10n.Messages;
import org.vigia.model.Person;
import org.vigia.ui.common.DialogService;

/**
 * The People area: the list in the first tab, one tab per open person. A person's tab shows
 * the form, the likely duplicates (to open, or to merge into a saved person), and below a
 * saved person what is recorded around them.
 */
public final class PeopleView extends StackPane {
    private final TabPane tabs = new TabPane();
    private final PersonListViewModel listVm;
    private final PersonListView list;
    private final Supplier<PersonEditorViewModel> editors;
    private final Messages m;
    private final DialogService dialogs;
    private final Supplier<PersonDetailsViewModel> details;
    private final java.time.ZoneId zone;
    private java.util.function.Consumer<UUID> openCase = id -> { };

    public PeopleView(PersonListViewModel listVm, Supplier<PersonEditorViewModel> editors,
                      Supplier<PersonDetailsViewModel> details, Messages m, DialogService dialogs, java.time.ZoneId zone) {
        this.listVm = listVm;
        this.editors = editors;
        this.m = m;
        this.dialogs = dialogs;
        this.details = details;
        this.zone = zone;
        this.list = new PersonListView(listVm, m, this::open, this::create);
        Tab listTab = new Tab(m.get("people.tab.list"), list);
        listTab.setId("tab-person-list");
        listTab.setClosable(false);
        tabs.setId("person-tabs");
        tabs.getTabs().add(listTab);
        getChildren().add(tabs);
    }

    /** Loads the list (first page and total). */
    public void refresh() {
        listVm.refresh();
    }

    /** Opens a new, empty person. */
    public void create() {
        PersonEditorViewModel vm = editors.get();
        vm.startNew();
        addEditor(vm, null);
    }

    /** Opens a saved person, or selects their tab if it is open already. */
    public void open(UUID id) {
        if (org.vigia.ui.common.EditorTabs.select(tabs, id)) {
            return;
        }
        PersonEditorViewModel vm = editors.get();
        vm.load(id);
        addEditor(vm, id);
    }

    private void addEditor(PersonEditorViewModel vm, UUID id) {
        Tab tab = org.vigia.ui.common.EditorTabs.tab(id, vm.dirtyProperty(), vm.headingProperty(), m, dialogs);
        PersonDetailsViewModel detailsVm = details.get();
        vm.setOnRevealed(() -> {
            listVm.refresh();
            if (vm.savedProperty().get() != null) {
                detailsVm.reload();
            }
        });
        PersonEditorView view = new PersonEditorView(vm, m, existing -> {
            if (vm.savedProperty().get() == null && vm.dirtyProperty().get()
                    && !dialogs.confirm(m.get("common.confirm"), m.get("people.useExisting.confirm"))) {
                return;
            }
            if (vm.savedProperty().get() == null) {
                tabs.getTabs().remove(tab);
            }
            open(existing);
        }, m.get("people.matches.open"), match -> merge(vm, detailsVm, match), (Person saved) -> {
            tab.setUserData(saved.id());
            listVm.refresh();
        });
        vm.savedProperty().addListener((o, a, saved) -> {
            if (saved != null && view.getBottom() == null) {
                detailsVm.load(saved.id());
                view.setBottom(new PersonDetailsView(detailsVm, m, dialogs, zone, () -> {
                    vm.reloadIfClean();
                    listVm.refresh();
                }, caseId -> openCase.accept(caseId)));
            }
        });
        tab.setContent(view);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        view.focusFirst();
    }

    /** Asks why, then folds the matching person into the one this form shows. */
    private void merge(PersonEditorViewModel vm, PersonDetailsViewModel detailsVm, org.vigia.model.PersonMatch match) {
        if (vm.dirtyProperty().get()) {
            dialogs.error(m.get("people.merge.saveFirst"));
            return;
        }
        dialogs.ask(m.get("people.merge.title"), m.get("people.merge.confirm", match.fullName(),
                vm.headingProperty().get()), "").ifPresent(reason -> vm.merge(match.personId(), reason, () -> {
                    detailsVm.reload();
                    listVm.refresh();
                    tabs.getTabs().removeIf(t -> match.personId().equals(t.getUserData())
                            && t.getContent() instanceof PersonEditorView v && !v.viewModel().dirtyProperty().get());
                }));
    }

    /** What opening a case from a person's cases does (the main window shows it in the Cases area). */
    public void setOnOpenCase(java.util.function.Consumer<UUID> action) {
        this.openCase = action;
    }

    /** Whether any open person has unsaved changes. */
    public boolean hasUnsavedChanges() {
        return tabs.getTabs().stream().anyMatch(t -> t.getContent() instanceof PersonEditorView v
                && v.viewModel().dirtyProperty().get());
    }

    /** Shows the list and focuses its search box. */
    public void focusSearch() {
        tabs.getSelectionModel().select(0);
        list.focusSearch();
    }

    public TabPane tabs() {
        return tabs;
    }
}
