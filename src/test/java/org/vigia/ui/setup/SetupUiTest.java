package org.vigia.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.ui.FxTestBase.waitUntil;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.vigia.app.AppServices;
import org.vigia.db.Database;
import org.vigia.l10n.Messages;
import org.vigia.model.Site;
import org.vigia.ui.UiFixtures;
import org.vigia.ui.common.FxTaskRunner;

/** The first-run form, in Spanish, driven headless. */
@ExtendWith(ApplicationExtension.class)
class SetupUiTest {
    private AppServices services;
    private FxTaskRunner runner;
    private final AtomicReference<Site> done = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        services = new AppServices(Database.inMemory("setup-ui-" + UUID.randomUUID()), UiFixtures.CLOCK);
        runner = new FxTaskRunner();
        Messages es = new Messages(Locale.forLanguageTag("es"));
        SetupViewModel vm = new SetupViewModel(services.sites(), services.demo(), runner, es);
        stage.setScene(new Scene(new SetupView(vm, es, done::set), 900, 600));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        runner.close();
        services.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void refusesABadOfficeCodeThenSetsUpTheOffice(FxRobot robot) throws Exception {
        robot.clickOn("#setup-name").write("Oficina Lima");
        SearchableComboBox<String> country = robot.lookup("#setup-country").queryAs(SearchableComboBox.class);
        robot.interact(() -> country.setValue("PE"));
        TextField code = robot.lookup("#setup-code").queryAs(TextField.class);
        assertThat(code.getText()).isEqualTo("PE-");
        robot.clickOn("#setup-operator").write("Rosa Quispe");
        robot.clickOn("#setup-create");
        waitUntil(() -> !robot.lookup("#setup-error-officeCode").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#setup-error-officeCode").queryAs(Label.class).getText())
                .isEqualTo("formato no válido (ejemplo: CO-BOG)");
        assertThat(done.get()).isNull();
        assertThat(services.sites().loadLocal()).isEmpty();

        robot.clickOn("#setup-code").write("LIM");
        robot.clickOn("#setup-create");
        waitUntil(() -> done.get() != null);
        assertThat(done.get().officeCode()).isEqualTo("PE-LIM");
        assertThat(done.get().name()).isEqualTo("Oficina Lima");
    }
}
