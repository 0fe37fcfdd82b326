package org.vigia.ui.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.ui.FxTestBase.waitUntil;

import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.vigia.app.AppServices;
import org.vigia.l10n.Messages;
import org.vigia.model.Operation;
import org.vigia.ui.RecordingDialogs;
import org.vigia.ui.UiFixtures;
import org.vigia.ui.common.FxTaskRunner;

/** Drives the real operations screen headless. */
@ExtendWith(ApplicationExtension.class)
class OperationsUiTest {
    private AppServices services;
    private FxTaskRunner runner;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        services = UiFixtures.services();
        runner = new FxTaskRunner();
        OperationsViewModel vm = new OperationsViewModel(services.operations(), runner, new Messages(Locale.ENGLISH));
        stage.setScene(new Scene(new OperationsView(vm, new Messages(Locale.ENGLISH), dialogs), 1200, 800));
        stage.show();
        vm.load();
    }

    @AfterEach
    void tearDown() {
        runner.close();
        services.close();
    }

    @Test
    void createsAnOperationFromTheForm(FxRobot robot) throws Exception {
        robot.clickOn("#ops-new");
        robot.clickOn("#ops-code").write("LIBERTAD");
        robot.clickOn("#ops-name").write("Libertad");
        robot.clickOn("#ops-start").write("4/3/2018").type(KeyCode.TAB);
        robot.clickOn("#ops-end").write("4/9/2018").type(KeyCode.TAB);
        robot.clickOn("#ops-partner").write("CARICOM IMPACS").type(KeyCode.ENTER);
        robot.clickOn("#ops-partner").write("IOM");
        robot.clickOn("#ops-partner-add");
        assertThat(robot.lookup("#ops-partners").queryAs(FlowPane.class).getChildren()).hasSize(2);
        robot.clickOn("#ops-save");
        waitUntil(() -> services.operations().list().size() == 1);
        Operation saved = services.operations().list().get(0);
        assertThat(saved.code()).isEqualTo("LIBERTAD");
        assertThat(saved.startDate()).isEqualTo(LocalDate.of(2018, 4, 3));
        assertThat(saved.endDate()).isEqualTo(LocalDate.of(2018, 4, 9));
        assertThat(saved.partners()).containsExactly("CARICOM IMPACS", "IOM");
        waitUntil(() -> robot.lookup("#ops-table").queryAs(TableView.class).getItems().size() == 1);
    }

    @Test
    void showsWhyAnOperationIsRefused(FxRobot robot) throws Exception {
        robot.clickOn("#ops-new");
        robot.clickOn("#ops-name").write("No code");
        robot.clickOn("#ops-start").write("4/9/2018").type(KeyCode.TAB);
        robot.clickOn("#ops-end").write("4/3/2018").type(KeyCode.TAB);
        robot.clickOn("#ops-save");
        waitUntil(() -> !robot.lookup("#ops-error-code").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#ops-error-code").queryAs(Label.class).getText()).isEqualTo("required");
        assertThat(robot.lookup("#ops-error-endDate").queryAs(Label.class).getText())
                .isEqualTo("cannot be before the start date");
        assertThat(services.operations().list()).isEmpty();
    }
}
