package org.vigia.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.ui.cases.CasesView;
import org.vigia.ui.operations.OperationsView;

/** The main window: menu, navigation between the areas, the current area, the status bar. */
public final class MainWindow extends BorderPane {
    private final MainViewModel vm;
    private final Messages m;
    private final CasesView cases;
    private final OperationsView operations;
    private final StackPane center = new StackPane();
    private final ToggleButton casesNav;
    private final ToggleButton opsNav;
    private final ToggleButton usersNav;
    private final org.vigia.ui.users.UsersView users;
    private final SessionActions session;
    private final ToggleGroup nav = new ToggleGroup();
    private final VBox side = new VBox(4);
    private Menu fileMenu;
    private org.vigia.ui.people.PeopleView people;
    private ToggleButton peopleNav;

    /** What the account menu does: lock the window, change one's password, sign out. */
    public record SessionActions(Runnable lock, Runnable changePassword, Runnable signOut) {
    }

    /**
     * {@code users} is the accounts area, or null when the signed-in account may not manage
     * accounts; the case areas show only to accounts that may read cases.
     */
    public MainWindow(MainViewModel vm, Messages m, CasesView cases, OperationsView operations,
                      org.vigia.ui.users.UsersView users, Runnable openSettings, Runnable quit, Runnable refreshOperations,
                      SessionActions session, javafx.beans.value.ObservableIntegerValue running) {
        this.vm = vm;
        this.m = m;
        this.cases = cases;
        this.operations = operations;
        this.users = users;
        this.session = session;
        getStyleClass().add("main-window");
        casesNav = navButton("nav-cases", "nav.cases", "mdi2f-folder-account", nav);
        opsNav = navButton("nav-operations", "nav.operations", "mdi2c-calendar-range", nav);
        usersNav = navButton("nav-users", "nav.users", "mdi2a-account-group", nav);
        casesNav.setOnAction(e -> show(true));
        opsNav.setOnAction(e -> {
            refreshOperations.run();
            show(false);
        });
        usersNav.setOnAction(e -> showUsers());
        if (vm.canReadCases()) {
            side.getChildren().addAll(casesNav, opsNav);
        }
        if (users != null) {
            side.getChildren().add(usersNav);
        }
        side.getStyleClass().add("side-nav");
        side.setPadding(new Insets(8));
        setLeft(side);
        setCenter(center);
        setTop(menu(openSettings, quit));
        setBottom(statusBar(running));
        if (vm.canReadCases()) {
            show(true);
        } else if (users != null) {
            showUsers();
        }
    }

    /** Loads the first area the account may use. */
    public void start() {
        if (vm.canReadCases()) {
            cases.refresh();
        }
    }

    private void showUsers() {
        center.getChildren().setAll(users);
        usersNav.setSelected(true);
    }

    private ToggleButton navButton(String id, String key, String icon, ToggleGroup group) {
        ToggleButton b = new ToggleButton(m.get(key), new FontIcon(icon));
        b.setId(id);
        b.setToggleGroup(group);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.getStyleClass().add("nav-button");
        return b;
    }

    /** Shows the Cases area ({@code true}) or the Operations area. */
    public void show(boolean casesArea) {
        center.getChildren().setAll(casesArea ? cases : operations);
        (casesArea ? casesNav : opsNav).setSelected(true);
    }

    /**
     * Adds the Audit log area to the navigation; {@code onShow} runs each time it is shown. The
     * one place that offers the area, so that a permission check can decide whether to call it.
     */
    public void addAuditArea(Node view, Runnable onShow) {
        ToggleButton auditNav = navButton("nav-audit", "nav.audit", "mdi2s-shield-search", nav);
        auditNav.setOnAction(e -> {
            onShow.run();
            center.getChildren().setAll(view);
            auditNav.setSelected(true);
        });
        side.getChildren().add(auditNav);
    }

    /** Adds the Border checkpoints area (figures, hits) after Operations; {@code onShow} runs each time it is shown. */
    public void addBorderCheckpointsArea(Node view, Runnable onShow) {
        ToggleButton nav = navButton("nav-border-checkpoints", "checkview.nav", "mdi2c-chart-bar", this.nav);
        nav.setOnAction(e -> {
            onShow.run();
            center.getChildren().setAll(view);
            nav.setSelected(true);
        });
        int at = side.getChildren().indexOf(opsNav);
        side.getChildren().add(at < 0 ? side.getChildren().size() : at + 1, nav);
    }

    /** Adds the Watch lists area to the navigation; {@code onShow} runs each time it is shown. */
    public void addWatchListsArea(Node view, Runnable onShow) {
        ToggleButton b = navButton("nav-watchlists", "watchlist.nav", "mdi2s-shield-alert-outline", nav);
        b.setOnAction(e -> {
            onShow.run();
            center.getChildren().setAll(view);
            b.setSelected(true);
        });
        side.getChildren().add(b);
    }

    /** Adds the People area to the navigation, after Cases (accounts that may read cases). */
    public void addPeopleArea(org.vigia.ui.people.PeopleView view) {
        this.people = view;
        view.setOnOpenCase(id -> {
            show(true);
            cases.open(id);
        });
        peopleNav = navButton("nav-people", "nav.people", "mdi2a-account-multiple", nav);
        peopleNav.setOnAction(e -> {
            view.refresh();
            center.getChildren().setAll(view);
            peopleNav.setSelected(true);
        });
        side.getChildren().add(side.getChildren().indexOf(casesNav) + 1, peopleNav);
    }

    /**
     * Adds the Victim protection area to the navigation, after People (accounts that may read
     * cases); {@code onShow} runs each time it is shown.
     */
    public void addProtectionArea(Node view, Runnable onShow) {
        ToggleButton protectionNav = navButton("nav-protection", "nav.protection", "mdi2s-shield-account", nav);
        protectionNav.setOnAction(e -> {
            onShow.run();
            center.getChildren().setAll(view);
            protectionNav.setSelected(true);
        });
        int after = Math.max(side.getChildren().indexOf(casesNav), side.getChildren().indexOf(peopleNav));
        side.getChildren().add(after + 1, protectionNav);
    }

    /** Adds the Checkpoints area (transit points, controls, checks) to the navigation, for case readers. */
    public void addCheckpointsArea(org.vigia.ui.checkpoints.CheckpointsView view) {
        ToggleButton checkpointsNav = navButton("nav-checkpoints", "checkpoint.nav", "mdi2b-boom-gate", nav);
        checkpointsNav.setOnAction(e -> {
            view.refresh();
            center.getChildren().setAll(view);
            checkpointsNav.setSelected(true);
        });
        side.getChildren().add(side.getChildren().indexOf(opsNav) + 1, checkpointsNav);
    }

    /** Adds File > Import checks… after the other imports, for accounts that may write cases. */
    public void addImportChecks(Runnable open) {
        if (!vm.canWriteCases()) {
            return;
        }
        MenuItem importChecks = item("menu-import-checks", "checkpoint.import.menu", null, open);
        int at = fileMenu.getItems().indexOf(fileMenu.getItems().stream()
                .filter(i -> "menu-demo".equals(i.getId())).findFirst().orElse(null));
        fileMenu.getItems().add(Math.max(0, at), importChecks);
    }

    /** Shows the People area with the person {@code id} open (from a case's People tab). */
    public void openPerson(java.util.UUID id) {
        if (people != null) {
            peopleNav.fire();
            people.open(id);
        }
    }

    private MenuBar menu(Runnable openSettings, Runnable quit) {
        MenuItem newCase = item("menu-new-case", "menu.file.newCase", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
            show(true);
            cases.create();
        });
        MenuItem save = new MenuItem(m.get("common.save"));
        save.setId("menu-save");
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.setOnAction(e -> cases.saveCurrent());
        MenuItem find = item("menu-find", "menu.file.find", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            show(true);
            cases.focusSearch();
        });
        MenuItem demo = item("menu-demo", "menu.file.demo", null, () -> vm.loadDemo(cases::refresh));
        MenuItem settings = item("menu-settings", "menu.file.settings", null, openSettings);
        MenuItem exit = item("menu-quit", "menu.file.quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), quit);
        Menu file = new Menu(m.get("menu.file"), null);
        fileMenu = file;
        file.setId("menu-file");
        if (vm.canReadCases()) {
            file.getItems().addAll(newCase, save, find, new SeparatorMenuItem());
        }
        for (MenuItem write : List.of(newCase, save, demo)) {
            write.setVisible(vm.canWriteCases());
            write.setDisable(!vm.canWriteCases()); // so that its shortcut does nothing either
        }
        file.getItems().addAll(demo, settings, new SeparatorMenuItem(), exit);
        MenuItem lock = item("menu-lock", "menu.account.lock", new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), session.lock());
        MenuItem password = item("menu-password", "menu.account.password", null, session.changePassword());
        MenuItem signOut = item("menu-sign-out", "menu.account.signOut", null, session.signOut());
        Menu account = new Menu(vm.accountText(), null, lock, password, new SeparatorMenuItem(), signOut);
        account.setId("menu-account");
        MenuItem verify = item("menu-verify-audit", "menu.tools.verifyAudit", null, vm::verifyAudit);
        verify.setVisible(vm.canAudit());
        verify.setDisable(!vm.canAudit());
        Menu tools = new Menu(m.get("menu.tools"), null, verify);
        MenuItem about = item("menu-about", "menu.help.about", null, () -> vm.about());
        Menu help = new Menu(m.get("menu.help"), null, about);
        MenuBar bar = new MenuBar(file, account, tools, help);
        tools.setVisible(vm.canAudit());
        bar.setId("menu-bar");
        return bar;
    }

    /**
     * Adds File > Import cases… (after the case items) for accounts that may write cases; the one
     * place that offers it, so that a permission check decides whether to call it.
     */
    public void addImportCases(Runnable open) {
        if (!vm.canWriteCases()) {
            return;
        }
        MenuItem importCases = item("menu-import-cases", "import.menu", null, open);
        int at = fileMenu.getItems().indexOf(fileMenu.getItems().stream()
                .filter(i -> "menu-demo".equals(i.getId())).findFirst().orElse(null));
        fileMenu.getItems().add(Math.max(0, at), importCases);
    }

    /** Adds File > Import people… after Import cases… for accounts that may write cases. */
    public void addImportPeople(Runnable open) {
        if (!vm.canWriteCases()) {
            return;
        }
        MenuItem importPeople = item("menu-import-people", "import.people.menu", null, open);
        int at = fileMenu.getItems().indexOf(fileMenu.getItems().stream()
                .filter(i -> "menu-demo".equals(i.getId())).findFirst().orElse(null));
        fileMenu.getItems().add(Math.max(0, at), importPeople);
    }

    private MenuItem item(String id, String key, KeyCombination accel, Runnable action) {
        MenuItem i = new MenuItem(m.get(key));
        i.setId(id);
        if (accel != null) {
            i.setAccelerator(accel);
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    private StatusBar statusBar(javafx.beans.value.ObservableIntegerValue running) {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(vm.statusProperty());
        Label office = new Label(vm.officeText(), new FontIcon("mdi2o-office-building"));
        office.setId("status-office");
        Label data = new Label(vm.dataText(), new FontIcon("mdi2d-database"));
        data.setId("status-data");
        bar.getRightItems().addAll(office, new Label("  "), data);
        running.addListener((o, a, n) -> bar.setProgress(n.intValue() > 0 ? -1 : 0));
        return bar;
    }

    /** Whether an open case or the operation form holds unsaved changes. */
    public boolean hasUnsavedChanges() {
        return cases.hasUnsavedChanges() || operations.hasUnsavedChanges()
                || (users != null && users.hasUnsavedChanges())
                || (people != null && people.hasUnsavedChanges());
    }

    public CasesView cases() {
        return cases;
    }
}
