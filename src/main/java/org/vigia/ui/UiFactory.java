package org.vigia.ui;

import java.time.Clock;
import javafx.stage.Stage;
import org.vigia.app.AppServices;
import org.vigia.l10n.Messages;
import org.vigia.model.Site;
import org.vigia.service.settings.SettingsService;
import org.vigia.ui.audit.AuditLogView;
import org.vigia.ui.audit.AuditLogViewModel;
import org.vigia.ui.cases.CaseEditorViewModel;
import org.vigia.ui.cases.CaseListViewModel;
import org.vigia.ui.cases.CasesView;
import org.vigia.ui.common.DialogService;
import org.vigia.ui.common.TaskRunner;
import org.vigia.ui.operations.OperationsView;
import org.vigia.ui.operations.OperationsViewModel;
import org.vigia.ui.settings.SettingsDialog;
import org.vigia.ui.settings.SettingsViewModel;
import org.vigia.ui.users.UsersView;
import org.vigia.ui.users.UsersViewModel;

/** Builds the screens of the main window and their ViewModels from the services. */
public final class UiFactory {
    private final AppServices services;
    private final TaskRunner runner;
    private final Messages m;
    private final DialogService dialogs;
    private final Clock clock;
    private final SettingsService settings;
    private final javafx.beans.property.IntegerProperty idleMinutes = new javafx.beans.property.SimpleIntegerProperty();
    private Runnable ownRolesChanged = () -> { };

    public UiFactory(AppServices services, TaskRunner runner, Messages m, DialogService dialogs,
                     Clock clock, SettingsService settings) {
        this.services = services;
        this.runner = runner;
        this.m = m;
        this.dialogs = dialogs;
        this.clock = clock;
        this.settings = settings;
    }

    /** Runs when the signed-in person changed their own roles: the app rebuilds the window for them. */
    public void setOnOwnRolesChanged(Runnable action) {
        this.ownRolesChanged = action;
    }

    /** The idle minutes an administrator saved in this session (the open window applies them at once). */
    public javafx.beans.property.IntegerProperty idleMinutesProperty() {
        return idleMinutes;
    }

    public MainWindow mainWindow(Site site, Stage stage, Runnable quit) {
        return mainWindow(site, stage, quit, () -> { }, () -> { });
    }

    public MainWindow mainWindow(Site site, Stage stage, Runnable quit, Runnable lock, Runnable signOut) {
        CaseListViewModel listVm = new CaseListViewModel(services.cases(), services.operations(), runner, m);
        CasesView cases = new CasesView(listVm, this::caseEditor, m, dialogs, () -> site);
        MainWindow[] window = new MainWindow[1];
        cases.addSection(new org.vigia.ui.cases.CaseSection("case-tab-people", m.get("casePeople.tab.people"),
                caseId -> casePeople(caseId, personId -> window[0].openPerson(personId))));
        cases.addSection(new org.vigia.ui.cases.CaseSection("case-tab-seizures", m.get("seizure.tab"), caseId -> {
            org.vigia.ui.evidence.SeizuresPane pane = seizures(caseId, site.country());
            pane.viewModel().load();
            return pane;
        }));
        OperationsViewModel opsVm = new OperationsViewModel(services.operations(), runner, m);
        opsVm.setOnChanged(listVm::loadOperations);
        OperationsView ops = new OperationsView(opsVm, m, dialogs);
        MainViewModel vm = new MainViewModel(services, site, runner, m, dialogs);
        Runnable openSettings = () -> SettingsDialog.show(stage, new SettingsViewModel(settings, runner, m), m, dialogs);
        UsersView users = null;
        if (vm.canManageAccounts()) {
            UsersViewModel usersVm = new UsersViewModel(services.accounts(), runner, m, idleMinutes::set);
            usersVm.setOnOwnRolesChanged(() -> ownRolesChanged.run());
            users = new UsersView(usersVm, m, dialogs);
            usersVm.load();
        }
        MainWindow.SessionActions session = new MainWindow.SessionActions(lock,
                () -> org.vigia.ui.access.PasswordDialog.show(stage, vm, m), signOut);
        MainWindow main = new MainWindow(vm, m, cases, ops, users, openSettings, quit, opsVm::load, session,
                runner.runningProperty());
        window[0] = main;
        if (vm.canReadCases()) {
            main.addPeopleArea(people());
            org.vigia.ui.protection.ProtectionView protection = protection();
            main.addProtectionArea(protection, protection::refresh);
        }
        if (vm.canReadCases()) {
            org.vigia.ui.checkview.CheckpointsView checkpoints = checkpoints();
            main.addBorderCheckpointsArea(checkpoints, checkpoints::refresh);
        }
        if (vm.canReadCases()) {
            org.vigia.ui.watchlists.WatchListsView lists = watchLists(vm.canWriteCases());
            main.addWatchListsArea(lists, lists::refresh);
        }
        if (vm.canAudit()) {
            addAuditLog(main);
        }
        main.addImportCases(() -> openImportCases(stage, listVm::refresh));
        main.addImportPeople(() -> org.vigia.ui.imports.ImportView.show(stage, importPeople(listVm::refresh), m));
        if (vm.canReadCases()) {
            main.addCheckpointsArea(checkpoints(site.country()));
        }
        main.addImportChecks(() -> org.vigia.ui.imports.ImportView.show(stage, importChecks(() -> { }), m));
        return main;
    }

    /** Offers the audit log in {@code main} (supervisors: the services refuse others anyway). */
    public void addAuditLog(MainWindow main) {
        AuditLogViewModel vm = new AuditLogViewModel(services.audit(), runner, m, clock.getZone());
        main.addAuditArea(new AuditLogView(vm, m), vm::open);
    }

    /** File > Import cases…: the import dialog over {@code owner}; {@code imported} runs after rows were written. */
    public void openImportCases(javafx.stage.Window owner, Runnable imported) {
        org.vigia.ui.imports.ImportView.show(owner, importCases(imported), m);
    }

    public org.vigia.ui.imports.ImportViewModel importCases(Runnable imported) {
        var vm = new org.vigia.ui.imports.ImportViewModel(
                (file, mode, listener) -> services.imports().run(services.cases().importKind(), file, mode, listener),
                runner, m, dialogs);
        vm.setOnImported(imported);
        return vm;
    }

    /** File > Import people…: the same dialog with the people file (persons and their roles). */
    public org.vigia.ui.imports.ImportViewModel importPeople(Runnable imported) {
        var vm = new org.vigia.ui.imports.ImportViewModel("people",
                (file, mode, listener) -> services.imports().run(services.roles().importKind(), file, mode, listener),
                runner, m, dialogs);
        vm.setOnImported(imported);
        return vm;
    }

    /** File > Import checks…: the import dialog with the checks file (checks of existing controls). */
    public org.vigia.ui.imports.ImportViewModel importChecks(Runnable imported) {
        var vm = new org.vigia.ui.imports.ImportViewModel("checks",
                (file, mode, listener) -> services.imports().run(services.checks().importKind(), file, mode, listener),
                runner, m, dialogs);
        vm.setOnImported(imported);
        return vm;
    }

    /** The Checkpoints area: transit points, their controls, and a tab per open control; new points default to {@code country}. */
    public org.vigia.ui.checkpoints.CheckpointsView checkpoints(String country) {
        var points = new org.vigia.ui.checkpoints.PointsViewModel(services.transitPoints(), runner, m, dialogs, country);
        var controls = new org.vigia.ui.checkpoints.ControlsViewModel(services.controls(), services.operations(), runner,
                m, dialogs, clock);
        return new org.vigia.ui.checkpoints.CheckpointsView(points, controls, c -> checkEntry(c), m);
    }

    /** The entry form, checks and tallies of one open control. */
    public org.vigia.ui.checkpoints.CheckEntryViewModel checkEntry(org.vigia.model.ControlSummary control) {
        return new org.vigia.ui.checkpoints.CheckEntryViewModel(control, services.checks(), services.tallies(), runner, m,
                dialogs, clock);
    }

    /** The Watch lists area: versions of every list; Import list… when {@code canImport}. */
    public org.vigia.ui.watchlists.WatchListsView watchLists(boolean canImport) {
        var lists = services.watchLists();
        return new org.vigia.ui.watchlists.WatchListsView(new org.vigia.ui.watchlists.WatchListsViewModel(lists::lists,
                lists::importList, canImport, runner, m, dialogs, clock.getZone()), m);
    }

    /** The People area: the list, and each person's form with their likely duplicates. */
    public org.vigia.ui.people.PeopleView people() {
        org.vigia.ui.people.PersonListViewModel listVm =
                new org.vigia.ui.people.PersonListViewModel(services.persons(), runner, m);
        return new org.vigia.ui.people.PeopleView(listVm, this::personEditor,
                () -> new org.vigia.ui.people.PersonDetailsViewModel(services.merges(), services.roles(), runner, m), m, dialogs,
                clock.getZone());
    }

    /**
     * The Victim protection area: the board and one tab per open victim (call
     * {@code addVictimSection} on it to give each victim more tabs after "History").
     */
    public org.vigia.ui.protection.ProtectionView protection() {
        var board = new org.vigia.ui.protection.ProtectionBoardViewModel(services.protectionBoard(),
                services.care(), services.operations(), runner, m);
        var view = new org.vigia.ui.protection.ProtectionView(board,
                () -> new org.vigia.ui.protection.VictimViewModel(services.protection(), runner, m), m);
        var care = services.care();
        view.addVictimSection(new org.vigia.ui.protection.VictimSection("victim-tab-services",
                m.get("protection.section.services"),
                link -> new org.vigia.ui.care.ReferralsPane(care.referrals(), m, runner, dialogs, link)));
        view.addVictimSection(new org.vigia.ui.protection.VictimSection("victim-tab-plan",
                m.get("protection.section.plan"),
                link -> new org.vigia.ui.care.SupportPlanPane(care.plan(), m, runner, dialogs, link)));
        view.addVictimSection(new org.vigia.ui.protection.VictimSection("victim-tab-consent",
                m.get("protection.section.consent"),
                link -> new org.vigia.ui.care.ConsentPane(care.consent(), m, runner, dialogs, link)));
        view.setReveal(revealIdentity());
        return view;
    }

    public org.vigia.ui.people.PersonEditorViewModel personEditor() {
        var vm = new org.vigia.ui.people.PersonEditorViewModel(services.persons(), services.merges(), runner, m, clock);
        vm.setReveal(revealIdentity());
        return vm;
    }

    /** "Reveal identity…" of a hidden victim, for any screen that shows one. */
    public org.vigia.ui.common.RevealIdentity revealIdentity() {
        return new org.vigia.ui.common.RevealIdentity(services.identity(), runner, m, dialogs);
    }

    /**
     * The seizures and evidence of one saved case (for a "Seizures" tab of its editor); new
     * seizures default to {@code caseCountry}. Call {@code pane.viewModel().load()} when first shown.
     */
    public org.vigia.ui.evidence.SeizuresPane seizures(java.util.UUID caseId, String caseCountry) {
        var vm = new org.vigia.ui.evidence.SeizuresViewModel(services.seizures(), services.persons(), runner, m,
                clock, caseId, caseCountry);
        return new org.vigia.ui.evidence.SeizuresPane(vm, m, dialogs);
    }

    /**
     * The People tab of the saved case {@code caseId}; "Open person" hands the person's id to
     * {@code openPerson}.
     */
    public org.vigia.ui.caseroles.CasePeopleView casePeople(java.util.UUID caseId,
                                                            java.util.function.Consumer<java.util.UUID> openPerson) {
        org.vigia.ui.caseroles.CasePeopleViewModel vm = new org.vigia.ui.caseroles.CasePeopleViewModel(caseId,
                services.roles(), services.journeys(), this::personEditor, runner, m, clock);
        vm.setReveal(revealIdentity());
        return new org.vigia.ui.caseroles.CasePeopleView(vm, m, dialogs, clock.getZone(), openPerson);
    }

    /** The Border checkpoints area: figures per transit point and control, checks, hits, check to case. */
    public org.vigia.ui.checkview.CheckpointsView checkpoints() {
        var figures = services.checkpointFigures();
        return new org.vigia.ui.checkview.CheckpointsView(
                new org.vigia.ui.checkview.CheckpointsViewModel(figures, services.operations(), runner, m, clock),
                new org.vigia.ui.checkview.ControlChecksViewModel(figures, runner, m),
                new org.vigia.ui.checkview.CheckToCaseViewModel(services.checkToCase(), services.cases(), runner, m),
                new org.vigia.ui.checkview.HitsViewModel(figures, runner, m), m, clock.getZone());
    }

    public CaseEditorViewModel caseEditor() {
        return new CaseEditorViewModel(services.cases(), services.operations(), runner, m, clock);
    }
}
