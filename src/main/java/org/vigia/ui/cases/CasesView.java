package org.vigia.ui.cases;

import java.util.UUID;
import java.util.function.Supplier;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.vigia.l10n.Messages;
import org.vigia.model.Site;
import org.vigia.ui.common.DialogService;

/**
 * The Cases area: the list in the first tab, one tab per open case. Closing a tab with unsaved
 * changes asks first; opening a case that is already open selects its tab.
 */
public final class CasesView extends StackPane {
    private final TabPane tabs = new TabPane();
    private final CaseListViewModel listVm;
    private final CaseListView list;
    private final Supplier<CaseEditorViewModel> editors;
    private final Messages m;
    private final DialogService dialogs;
    private final Supplier<Site> site;
    private final java.util.List<CaseSection> sections = new java.util.ArrayList<>();

    public CasesView(CaseListViewModel listVm, Supplier<CaseEditorViewModel> editors, Messages m,
                     DialogService dialogs, Supplier<Site> site) {
        this.listVm = listVm;
        this.editors = editors;
        this.m = m;
        this.dialogs = dialogs;
        this.site = site;
        this.list = new CaseListView(listVm, m, this::open, this::create);
        Tab listTab = new Tab(m.get("cases.tab.list"), list);
        listTab.setId("tab-case-list");
        listTab.setClosable(false);
        tabs.setId("case-tabs");
        tabs.getTabs().add(listTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        getChildren().add(tabs);
    }

    /**
     * Adds a tab after "Details" to every case opened from now on (People, Seizures...): it is
     * built for the saved case the first time it is shown.
     */
    public void addSection(CaseSection section) {
        sections.add(section);
    }

    /** Loads the list (first page and total) and the operation filter. */
    public void refresh() {
        listVm.loadOperations();
        listVm.refresh();
    }

    /** Opens a new, empty case (Ctrl+N). */
    public void create() {
        CaseEditorViewModel vm = editors.get();
        vm.startNew(site.get());
        addEditor(vm, null);
    }

    /** Opens a saved case, or selects its tab if it is open already. */
    public void open(UUID id) {
        if (org.vigia.ui.common.EditorTabs.select(tabs, id)) {
            return;
        }
        CaseEditorViewModel vm = editors.get();
        vm.load(id);
        addEditor(vm, id);
    }

    private void addEditor(CaseEditorViewModel vm, UUID id) {
        CaseEditorView[] shown = new CaseEditorView[1];
        Tab tab = org.vigia.ui.common.EditorTabs.tab(id, vm.dirtyProperty(),
                () -> shown[0] != null && shown[0].hasUnsavedChanges(), vm.headingProperty(), m, dialogs);
        CaseEditorView view = new CaseEditorView(vm, m, dialogs,
                saved -> {
                    tab.setUserData(saved.id());
                    listVm.refresh();
                },
                () -> {
                    listVm.refresh();
                    tabs.getTabs().remove(tab);
                }, java.util.List.copyOf(sections));
        shown[0] = view;
        tab.setContent(view);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        view.focusFirst();
    }

    /** Saves the case in the selected tab (Ctrl+S). */
    public void saveCurrent() {
        if (tabs.getSelectionModel().getSelectedItem().getContent() instanceof CaseEditorView editor) {
            editor.save(saved -> listVm.refresh());
        }
    }

    /** Shows the list and focuses its search box (Ctrl+F). */
    public void focusSearch() {
        tabs.getSelectionModel().select(0);
        list.focusSearch();
    }

    /** Whether any open case has unsaved changes. */
    public boolean hasUnsavedChanges() {
        return tabs.getTabs().stream().anyMatch(t -> t.getContent() instanceof CaseEditorView v
                && v.hasUnsavedChanges());
    }

    public TabPane tabs() {
        return tabs;
    }
}
