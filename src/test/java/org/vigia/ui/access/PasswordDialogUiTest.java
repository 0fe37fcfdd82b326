package org.vigia.ui.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.ui.FxTestBase.waitUntil;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.vigia.app.AppServices;
import org.vigia.l10n.Messages;
import org.vigia.model.Account;
import org.vigia.model.CaseQuery;
import org.vigia.service.settings.SettingsService;
import org.vigia.ui.RecordingDialogs;
import org.vigia.ui.UiFactory;
import org.vigia.ui.UiFixtures;
import org.vigia.ui.Workspace;
import org.vigia.ui.common.FxTaskRunner;

/** Changing one's own password from the Account menu. */
@ExtendWith(ApplicationExtension.class)
class PasswordDialogUiTest {
    @TempDir
    static Path settingsDir;
    private WorkspaceFixture fx;
    private AppServices services;
    private Workspace workspace;
    private AtomicReference<Account> switched;
    private Messages en;

    @Start
    void start(Stage stage) {
        fx = new WorkspaceFixture(stage, settingsDir, Duration.minutes(10));
        services = fx.services;
        workspace = fx.workspace;
        switched = fx.switched;
        en = fx.en;
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private static void set(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    private String problem(FxRobot robot) {
        return robot.lookup("#password-problem").queryAs(Label.class).getText();
    }

    @Test
    void aRefusedChangeKeepsTheDialogOpenAndARightOneChangesThePassword(FxRobot robot) throws Exception {
        robot.clickOn("#menu-account").clickOn("#menu-password");
        waitUntil(() -> robot.lookup("#password-current").tryQuery().isPresent());
        robot.clickOn("#password-current").write("Wrong-Password-123");
        robot.clickOn("#password-new").write("Nuevo-Camino-Verde-7");
        robot.clickOn("#password-again").write("Nuevo-Camino-Verde-7");
        robot.clickOn(en.get("password.change"));
        waitUntil(() -> en.get("login.refused").equals(problem(robot)));
        set(robot, "#password-current", UiFixtures.PASSWORD);
        set(robot, "#password-again", "Nuevo-Camino-Verde-8");
        robot.clickOn(en.get("password.change"));
        waitUntil(() -> en.get("validation.passwordMismatch").equals(problem(robot)));
        set(robot, "#password-again", "Nuevo-Camino-Verde-7");
        robot.clickOn(en.get("password.change"));
        waitUntil(() -> robot.lookup("#password-current").tryQuery().isEmpty());
        assertThat(services.accounts().signIn("ana", "Nuevo-Camino-Verde-7".toCharArray()).userName()).isEqualTo("ana");
    }
}
