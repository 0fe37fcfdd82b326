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
import org.vigia.app.AppServices;
import org.vigia.l10n.Messages;
import org.vigia.model.Site;
import org.vigia.service.settings.SettingsService;
import org.vigia.ui.common.FxDialogService;
import org.vigia.ui.common.FxTaskRunner;
import org.vigia.ui.setup.SetupView;
import org.vigia.ui.setup.SetupViewModel;

/**
 * The desktop app. The window shows at once; the database opens and migrates off the FX thread,
 * then the first-run setup or the main window replaces the "opening" screen. A database that
 * cannot be opened shows its reason and a Quit button.
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
        runner.run(() -> AppServices.open(folder), this::opened, t -> failed(messages.error(t)));
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

    private void opened(AppServices opened) {
        this.services = opened;
        FxDialogService dialogs = new FxDialogService(messages, stage);
        factory = new UiFactory(services, runner, messages, dialogs, Clock.systemDefaultZone(),
                new SettingsService(folder));
        if (services.context().isSetUp()) {
            runner.run(() -> services.sites().loadLocal().orElseThrow(), this::showMain, t -> failed(messages.error(t)));
        } else {
            SetupViewModel vm = new SetupViewModel(services.sites(), services.demo(), runner, messages);
            StackPane holder = new StackPane(new SetupView(vm, messages, this::showMain));
            holder.setAlignment(Pos.TOP_CENTER);
            root.getChildren().setAll(holder);
        }
    }

    private void showMain(Site site) {
        stage.setTitle(messages.get("app.title", site.name()));
        MainWindow main = factory.mainWindow(site, stage, this::quit);
        root.getChildren().setAll(main);
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        main.cases().refresh();
    }

    private void quit() {
        MainWindow main = root.getChildren().isEmpty() ? null
                : root.getChildren().get(0) instanceof MainWindow w ? w : null;
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
