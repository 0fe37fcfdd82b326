package org.vigia.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.ui.FxTestBase.waitUntil;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.vigia.app.Vault;
import org.vigia.l10n.Messages;
import org.vigia.testing.TestServices;
import org.vigia.ui.UiFixtures;
import org.vigia.ui.common.FxTaskRunner;

/** The first-run form, in Spanish, driven headless. */
@ExtendWith(ApplicationExtension.class)
class SetupUiTest {
    @TempDir
    static Path folder;
    private Vault vault;
    private FxTaskRunner runner;
    private final AtomicReference<Vault.Opened> done = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        vault = new Vault(folder.resolve("d" + System.nanoTime()), TestServices.TEST_KDF, UiFixtures.CLOCK);
        runner = new FxTaskRunner();
        Messages es = new Messages(Locale.forLanguageTag("es"));
        SetupViewModel vm = new SetupViewModel(vault, false, runner, es);
        stage.setScene(new Scene(new SetupView(vm, es, done::set), 900, 800));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        runner.close();
        if (done.get() != null) {
            done.get().services().close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void refusesABadOfficeCodeAndAWeakPasswordThenSetsUpTheOffice(FxRobot robot) throws Exception {
        robot.clickOn("#setup-name").write("Oficina Lima");
        SearchableComboBox<String> country = robot.lookup("#setup-country").queryAs(SearchableComboBox.class);
        robot.interact(() -> country.setValue("PE"));
        TextField code = robot.lookup("#setup-code").queryAs(TextField.class);
        assertThat(code.getText()).isEqualTo("PE-");
        robot.clickOn("#setup-user").write("rosa");
        robot.clickOn("#setup-display-name").write("Rosa Quispe");
        robot.clickOn("#setup-password").write("corta");
        robot.clickOn("#setup-password-again").write("corta");
        robot.clickOn("#setup-create");
        waitUntil(() -> !robot.lookup("#setup-error-officeCode").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#setup-error-officeCode").queryAs(Label.class).getText())
                .isEqualTo("formato no válido (ejemplo: CO-BOG)");
        assertThat(robot.lookup("#setup-error-password").queryAs(Label.class).getText())
                .isEqualTo("al menos 12 caracteres");
        assertThat(done.get()).isNull();
        assertThat(vault.state()).isEqualTo(Vault.State.EMPTY);

        robot.clickOn("#setup-code").write("LIM");
        robot.interact(() -> {
            robot.lookup("#setup-password").queryAs(TextField.class).setText(TestServices.PASSWORD);
            robot.lookup("#setup-password-again").queryAs(TextField.class).setText(TestServices.PASSWORD);
        });
        robot.clickOn("#setup-create");
        try {
            waitUntil(() -> done.get() != null);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not set up: " + robot.lookup("#setup-message").queryAs(Label.class).getText(), e);
        }
        assertThat(done.get().services().sites().loadLocal().orElseThrow().officeCode()).isEqualTo("PE-LIM");
        assertThat(vault.state()).isEqualTo(Vault.State.LOCKED);
    }
}
