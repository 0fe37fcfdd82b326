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

/** The idle lock hides the window, keeps a half-typed case, and lets only its owner back in. */
@ExtendWith(ApplicationExtension.class)
class IdleLockUiTest {
    @TempDir
    static Path settingsDir;
    private WorkspaceFixture fx;
    private AppServices services;
    private Workspace workspace;
    private AtomicReference<Account> switched;
    private Messages en;

    @Start
    void start(Stage stage) {
        fx = new WorkspaceFixture(stage, settingsDir, Duration.millis(1500));
        services = fx.services;
        workspace = fx.workspace;
        switched = fx.switched;
        en = fx.en;
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private String lockMessage(FxRobot robot) {
        return robot.lookup("#lock-message").queryAs(Label.class).getText();
    }

    @Test
    void anIdleLockKeepsTheHalfTypedCaseAndOnlyItsOwnerUnlocks(FxRobot robot) throws Exception {
        robot.clickOn("#case-new");
        waitUntil(() -> robot.lookup("#case-title").tryQuery().isPresent());
        robot.clickOn("#case-title").write("Caso a medio escribir");
        // no input for a while: the window locks by itself
        waitUntil(workspace::isLocked);
        assertThat(workspace.main().isVisible()).isFalse();
        assertThat(robot.lookup("#lock-view").query().isVisible()).isTrue();
        // keys do not reach the hidden window: its Ctrl+N would open another case tab
        javafx.scene.control.TabPane tabs = robot.lookup("#case-tabs").queryAs(javafx.scene.control.TabPane.class);
        int tabsBefore = tabs.getTabs().size();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getTabs()).hasSize(tabsBefore);
        assertThat(services.cases().count(CaseQuery.all())).isZero();

        // someone else may not sign in over unsaved work
        robot.clickOn("#lock-other");
        waitUntil(() -> lockMessage(robot).equals(en.get("lock.unsavedWork")));

        robot.clickOn("#lock-password").write("Wrong-Password-123").type(KeyCode.ENTER);
        waitUntil(() -> lockMessage(robot).equals(en.get("login.refused")));
        assertThat(workspace.isLocked()).isTrue();

        robot.clickOn("#lock-password").write(UiFixtures.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> !workspace.isLocked());
        assertThat(workspace.main().isVisible()).isTrue();
        assertThat(robot.lookup("#case-title").queryAs(TextField.class).getText()).isEqualTo("Caso a medio escribir");
        assertThat(switched.get()).isNull();
    }

    @Test
    void withNothingUnsavedAnotherPersonSignsIn(FxRobot robot) throws Exception {
        services.accounts().add("luis", "Luis Peña", java.util.EnumSet.of(org.vigia.model.Role.INVESTIGATOR),
                "Otro-Rio-Largo-2026".toCharArray());
        robot.interact(workspace::lock);
        waitUntil(workspace::isLocked);
        robot.clickOn("#lock-other");
        robot.clickOn("#lock-other-user").write("luis");
        robot.clickOn("#lock-other-password").write("Otro-Rio-Largo-2026");
        robot.clickOn("#lock-other-sign-in");
        waitUntil(() -> switched.get() != null);
        assertThat(switched.get().userName()).isEqualTo("luis");
        assertThat(services.context().user()).isEqualTo("luis");
    }

    @Test
    void aDialogOpenWhenTheWindowLocksIsClosedSoNothingShowsAboveTheLock(FxRobot robot) throws Exception {
        robot.clickOn("#menu-account").clickOn("#menu-password");
        waitUntil(() -> javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing).count() == 2);
        robot.clickOn("#password-current").write("abc");
        // typing in the dialog counts as activity; then nothing for a while
        waitUntil(workspace::isLocked);
        waitUntil(() -> javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing).count() == 1);
        assertThat(robot.lookup("#password-current").tryQuery()).isEmpty();
    }
}
