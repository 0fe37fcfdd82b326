package org.vigia.ui.access;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.vigia.app.AppServices;
import org.vigia.l10n.Messages;
import org.vigia.model.Account;
import org.vigia.service.settings.SettingsService;
import org.vigia.ui.RecordingDialogs;
import org.vigia.ui.UiFactory;
import org.vigia.ui.UiFixtures;
import org.vigia.ui.Workspace;
import org.vigia.ui.common.FxTaskRunner;

/** A signed-in person's window (main window under its lock) on a real database, in English. */
final class WorkspaceFixture implements AutoCloseable {
    final Messages en = new Messages(Locale.ENGLISH);
    final AppServices services = UiFixtures.services();
    final FxTaskRunner runner = new FxTaskRunner();
    final AtomicReference<Account> switched = new AtomicReference<>();
    final Workspace workspace;

    WorkspaceFixture(Stage stage, Path settingsDir, Duration idleAfter) {
        UiFactory factory = new UiFactory(services, runner, en, new RecordingDialogs(), UiFixtures.CLOCK,
                new SettingsService(settingsDir));
        stage.setScene(new Scene(new StackPane(), 1280, 800));
        workspace = new Workspace(factory, services, UiFixtures.site(services), stage, runner, en, idleAfter,
                () -> { }, () -> { }, switched::set);
        stage.getScene().setRoot(workspace);
        stage.show();
        workspace.start();
    }

    @Override
    public void close() {
        workspace.dispose();
        runner.close();
        services.close();
    }
}
