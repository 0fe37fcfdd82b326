package org.vigia.ui.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.ui.FxTestBase.waitUntil;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.vigia.app.AppServices;
import org.vigia.app.Vault;
import org.vigia.l10n.Messages;
import org.vigia.model.Role;
import org.vigia.testing.TestServices;
import org.vigia.ui.common.FxTaskRunner;

/** The sign-in screen, driven headless: refusals, the lockout message, the recovery key, success. */
@ExtendWith(ApplicationExtension.class)
class LoginUiTest {
    @TempDir
    static Path base;
    private FxTaskRunner runner;
    private String recoveryKey;
    private final AtomicReference<AppServices> done = new AtomicReference<>();
    private final Messages en = new Messages(Locale.ENGLISH);

    @Start
    void start(Stage stage) {
        Vault vault = new Vault(base.resolve("d" + System.nanoTime()), TestServices.TEST_KDF, java.time.Clock.systemUTC());
        Vault.Opened opened = vault.setUp("Oficina Bogotá", "CO", "CO-BOG", new Vault.NewAccount("ana", "Ana Morales",
                EnumSet.of(Role.ADMINISTRATOR, Role.SUPERVISOR), TestServices.PASSWORD.toCharArray()));
        recoveryKey = opened.recoveryKey().display();
        opened.services().close();
        runner = new FxTaskRunner();
        stage.setScene(new Scene(new LoginView(new LoginViewModel(vault, runner, en), en, done::set), 700, 700));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        runner.close();
        if (done.get() != null) {
            done.get().close();
        }
    }

    private String message(FxRobot robot) {
        return robot.lookup("#login-message").queryAs(Label.class).getText();
    }

    private void attempt(FxRobot robot, String user, String password, String expected) throws Exception {
        robot.doubleClickOn("#login-user").eraseText(20).write(user);
        robot.clickOn("#login-password").write(password);
        robot.clickOn("#login-sign-in");
        waitUntil(() -> message(robot).startsWith(expected));
    }

    @Test
    void wrongPasswordsThenTheLockoutAreExplainedWithoutSayingWhichPartWasWrong(FxRobot robot) throws Exception {
        robot.clickOn("#login-sign-in");
        waitUntil(() -> message(robot).equals(en.get("login.empty")));
        attempt(robot, "nadie", "Wrong-Password-123", en.get("login.refused"));
        for (int i = 0; i < 4; i++) {
            attempt(robot, "ana", "Wrong-Password-123", en.get("login.refused"));
        }
        attempt(robot, "ana", "Wrong-Password-124", "Too many failed attempts");
        attempt(robot, "ana", TestServices.PASSWORD, "Too many failed attempts");
        assertThat(done.get()).isNull();
    }

    @Test
    void theRightPasswordSignsIn(FxRobot robot) throws Exception {
        robot.clickOn("#login-user").write("ana");
        robot.clickOn("#login-password").write(TestServices.PASSWORD);
        robot.clickOn("#login-sign-in");
        waitUntil(() -> done.get() != null);
        assertThat(done.get().context().account().orElseThrow().userName()).isEqualTo("ana");
    }

    @Test
    void theRecoveryKeySetsANewPassword(FxRobot robot) throws Exception {
        robot.clickOn("#login-toggle-recovery");
        robot.clickOn("#recovery-key").write("0000");
        robot.clickOn("#recovery-user").write("ana");
        robot.clickOn("#recovery-password").write("Nuevo-Camino-Verde-7");
        robot.clickOn("#recovery-password-again").write("Nuevo-Camino-Verde-7");
        robot.clickOn("#recovery-apply");
        waitUntil(() -> message(robot).equals(en.get("recovery.malformed")));
        robot.doubleClickOn("#recovery-key").eraseText(10);
        robot.interact(() -> robot.lookup("#recovery-key").queryAs(javafx.scene.control.TextField.class).setText(recoveryKey));
        robot.clickOn("#recovery-apply");
        waitUntil(() -> done.get() != null);
        assertThat(done.get().context().account().orElseThrow().userName()).isEqualTo("ana");
    }
}
