package org.vigia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.vigia.app.AppServices;
import org.vigia.l10n.Messages;
import org.vigia.model.Role;
import org.vigia.service.settings.SettingsService;
import org.vigia.ui.common.FxTaskRunner;

/** The main window shows each role only what it may use. */
@ExtendWith(ApplicationExtension.class)
class RoleGatingUiTest {
    @TempDir
    static Path settingsDir;
    private AppServices services;
    private FxTaskRunner runner;
    private Stage stage;
    private UiFactory factory;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = UiFixtures.services();
        runner = new FxTaskRunner();
        factory = new UiFactory(services, runner, new Messages(Locale.ENGLISH), new RecordingDialogs(),
                UiFixtures.CLOCK, new SettingsService(settingsDir));
        stage.setScene(new Scene(new StackPane(), 1200, 800));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        runner.close();
        services.close();
    }

    private void showAs(FxRobot robot, String user, Role... roles) {
        services.accounts().add(user, "Test " + user, EnumSet.copyOf(java.util.List.of(roles)), UiFixtures.PASSWORD.toCharArray());
        services.accounts().signIn(user, UiFixtures.PASSWORD.toCharArray());
        robot.interact(() -> {
            MainWindow main = factory.mainWindow(UiFixtures.site(services), stage, () -> { });
            stage.getScene().setRoot(main);
            main.start();
        });
    }

    private boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false);
    }

    @Test
    void anAdministratorSeesAccountsButNoCaseWork(FxRobot robot) {
        showAs(robot, "admin2", Role.ADMINISTRATOR);
        assertThat(shown(robot, "#nav-users")).isTrue();
        assertThat(shown(robot, "#users-view")).isTrue();
        assertThat(shown(robot, "#nav-cases")).isFalse();
        assertThat(shown(robot, "#nav-operations")).isFalse();
        assertThat(shown(robot, "#nav-audit")).isFalse();
    }

    @Test
    void anInvestigatorWorksCasesButSeesNeitherAccountsNorTheAuditLog(FxRobot robot) {
        showAs(robot, "luis", Role.INVESTIGATOR);
        assertThat(shown(robot, "#nav-cases")).isTrue();
        assertThat(shown(robot, "#case-new")).isTrue();
        assertThat(shown(robot, "#nav-users")).isFalse();
        assertThat(shown(robot, "#nav-audit")).isFalse();
    }

    @Test
    void anHqAnalystReadsTheRegisterOnly(FxRobot robot) {
        showAs(robot, "hq", Role.HQ_ANALYST);
        assertThat(shown(robot, "#nav-cases")).isTrue();
        assertThat(shown(robot, "#case-new")).isFalse();
        assertThat(shown(robot, "#nav-users")).isFalse();
    }

    @Test
    void aSupervisorAlsoSeesTheAuditLog(FxRobot robot) {
        showAs(robot, "sup", Role.SUPERVISOR);
        assertThat(shown(robot, "#nav-cases")).isTrue();
        assertThat(shown(robot, "#nav-audit")).isTrue();
        assertThat(shown(robot, "#nav-users")).isFalse();
    }
}
