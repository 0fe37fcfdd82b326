package org.vigia.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.vigia.app.AppServices;
import org.vigia.app.Vault;
import org.vigia.ui.access.LoginView;
import org.vigia.ui.access.LoginViewModel;
import org.vigia.ui.access.RecoveryKeyView;
import org.vigia.l10n.Messages;
import org.vigia.model.Site;
import org.vigia.service.settings.SettingsService;
import org.vigia.ui.common.FxDialogService;
import org.vigia.ui.common.FxTaskRunner;
import org.vigia.ui.setup.SetupView;
import org.vigia.ui.setup.SetupViewModel;

/**
 * The desktop app. The window shows at once; off the FX thread it looks at the data folder, then
 * shows the first-run setup (office and first administrator), the conversion of an earlier
 * unencrypted folder, or the sign-in screen; signing in opens the encrypted database and the
 * main window, behind which an idle lock waits. A folder that cannot be opened shows its reason.
 */
public final class VigiaApp extends Application {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(VigiaApp.class);
    private Path folder;
    private Messages messages;
    private final FxTaskRunner runner = new FxTaskRunner();
    private AppServices services;
    private Stage stage;
    private final StackPane root = new StackPane();
    private UiFactory factory;
    private Vault vault;
    private Workspace workspace;

    @Override
    public void init() {
        // runs on the launcher thread, not the FX thread: reading the settings file is fine here
        folder = AppServices.defaultFolder(System.getenv());
        SettingsService settings = new SettingsService(folder);
        Locale locale = settings.language().orElse(Locale.getDefault());
        messages = new Messages(locale);
        Locale.setDefault(messages.locale());
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            LOG.error("Uncaught error on {}", thread.getName(), e);
            if (Platform.isFxApplicationThread()) {
                new FxDialogService(messages, stage).error(messages.get("error.unexpected"));
            }
        });
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(VigiaApp.class.getResource("vigia.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(messages.get("app.name"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setMaximized(true);
        root.getChildren().setAll(opening());
        stage.show();
        vault = Vault.of(folder);
        runner.run(vault::state, this::route, t -> failed(messages.error(t)));
    }

    private Parent opening() {
        ProgressIndicator spinner = new ProgressIndicator();
        Label text = new Label(messages.get("startup.opening", folder));
        text.setId("startup-opening");
        VBox box = new VBox(16, spinner, text);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private void failed(String reason) {
        Label title = new Label(messages.get("startup.failed"));
        title.getStyleClass().add("title-2");
        Label why = new Label(reason);
        why.setId("startup-error");
        why.setWrapText(true);
        Label where = new Label(messages.get("startup.dataFolder", folder));
        Button quit = new Button(messages.get("startup.quit"));
        quit.setOnAction(e -> Platform.exit());
        VBox box = new VBox(12, title, why, where, quit);
        box.setPadding(new Insets(32));
        box.setMaxWidth(640);
        box.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().setAll(box);
    }

    /** Sends the window to setup, conversion, sign-in, or the reason nothing can open. */
    private void route(Vault.State state) {
        switch (state) {
            case EMPTY -> setup(false);
            case UNENCRYPTED -> setup(true);
            case LOCKED -> login();
            default -> failed(messages.get(Vault.problem(state)));
        }
    }

    private void setup(boolean convert) {
        SetupViewModel vm = new SetupViewModel(vault, convert, runner, messages);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(
                centered(new SetupView(vm, messages, this::showRecoveryKey)));
        scroll.setFitToWidth(true);
        root.getChildren().setAll(scroll);
    }

    private void showRecoveryKey(Vault.Opened opened) {
        String key = opened.recoveryKey().display();
        root.getChildren().setAll(centered(new RecoveryKeyView(key, messages, () -> printRecoveryKey(key),
                () -> signedIn(opened.services()))));
    }

    private void printRecoveryKey(String key) {
        javafx.print.PrinterJob job = javafx.print.PrinterJob.createPrinterJob();
        if (job == null) {
            new FxDialogService(messages, stage).error(messages.get("recovery.noPrinter"));
            return;
        }
        Label title = new Label(messages.get("recovery.printTitle", folder));
        Label text = new Label(key);
        text.setStyle("-fx-font-family: monospace; -fx-font-size: 14pt;");
        VBox page = new VBox(16, title, text, new Label(messages.get("recovery.printNote")));
        page.setPadding(new Insets(36));
        if (job.showPrintDialog(stage) && job.printPage(page)) {
            job.endJob();
        } else {
            job.cancelJob();
        }
    }

    private void login() {
        LoginView view = new LoginView(new LoginViewModel(vault, runner, messages), messages, this::signedIn);
        root.getChildren().setAll(centered(view));
        view.focus();
    }

    private static StackPane centered(javafx.scene.Node node) {
        StackPane holder = new StackPane(node);
        holder.setAlignment(Pos.TOP_CENTER);
        return holder;
    }

    private void signedIn(AppServices opened) {
        this.services = opened;
        FxDialogService dialogs = new FxDialogService(messages, stage);
        factory = new UiFactory(services, runner, messages, dialogs, Clock.systemDefaultZone(),
                new SettingsService(folder));
        runner.run(() -> new Object[] {services.sites().loadLocal().orElseThrow(), services.accounts().idleLockMinutes()},
                r -> showMain((Site) r[0], (Integer) r[1]), t -> failed(messages.error(t)));
    }

    private void showMain(Site site, int idleMinutes) {
        stage.setTitle(messages.get("app.title", site.name()));
        if (workspace != null) {
            workspace.dispose();
        }
        workspace = new Workspace(factory, services, site, stage, runner, messages, Duration.minutes(idleMinutes),
                this::quit, this::signOut, switched -> showMain(site, idleMinutes));
        factory.setOnOwnRolesChanged(() -> showMain(site, idleMinutes));
        root.getChildren().setAll(workspace);
        stage.setOnCloseRequest(e -> {
            e.consume();
            if (workspace != null && workspace.isLocked()) {
                return; // a locked window does not quit: unsaved work is behind it
            }
            quit();
        });
        workspace.start();
    }

    /** Signs out: the database closes and the sign-in screen returns. */
    private void signOut() {
        MainWindow main = currentMain();
        if (main != null && main.hasUnsavedChanges()
                && !new FxDialogService(messages, stage).confirm(messages.get("common.confirm"),
                        messages.get("common.unsaved", messages.get("nav.cases")))) {
            return;
        }
        if (workspace != null) {
            workspace.dispose();
            workspace = null;
        }
        AppServices closing = services;
        services = null;
        stage.setTitle(messages.get("app.name"));
        root.getChildren().setAll(opening());
        runner.run(() -> {
            try {
                closing.accounts().signOut();
            } finally {
                closing.close();
            }
            return vault.state();
        }, this::route, t -> failed(messages.error(t)));
    }

    private MainWindow currentMain() {
        return workspace == null ? null : workspace.main();
    }

    private void quit() {
        MainWindow main = currentMain();
        if (main != null && main.hasUnsavedChanges()
                && !new FxDialogService(messages, stage).confirm(messages.get("common.confirm"),
                        messages.get("common.unsaved", messages.get("nav.cases")))) {
            return;
        }
        Platform.exit();
    }

    @Override
    public void stop() {
        runner.close();
        if (services != null) {
            services.close();
        }
    }
}
