package org.vigia.ui.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.ui.FxTestBase.waitUntil;

import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vigia.l10n.Messages;
import org.vigia.model.SupportPlanItem;
import org.vigia.model.SupportPlanType;
import org.vigia.ui.RecordingDialogs;
import org.vigia.ui.common.FxTaskRunner;

/** The support plan pane of one victim in its own window, driven headless. */
@ExtendWith(ApplicationExtension.class)
class SupportPlanPaneUiTest {
    private CareUiFixture f;
    private FxTaskRunner runner;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        f = new CareUiFixture();
        runner = new FxTaskRunner();
        CareUiFixture.show(stage, new SupportPlanPane(f.care.plan(), new Messages(Locale.ENGLISH), runner, dialogs,
                f.link));
    }

    @AfterEach
    void tearDown() {
        runner.close();
        f.services.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<SupportPlanItem> table(FxRobot robot) {
        return robot.lookup("#plan-table").queryAs(TableView.class);
    }

    private static String cell(FxRobot robot, int row, int column) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> (String) table(robot).getColumns().get(column).getCellData(row)).get();
    }

    @Test
    void addsAnItemWithTheKeyboardAndRefusesAnEndBeforeTheStart(FxRobot robot) throws Exception {
        robot.clickOn("#plan-type");
        robot.clickOn("Legal");
        robot.clickOn("#plan-objectives").write("Testify safely at the trial");
        robot.type(javafx.scene.input.KeyCode.TAB); // Tab leaves the text area for the next field
        waitUntil(() -> robot.lookup("#plan-actions").query().isFocused());
        robot.write("Accompany to the hearings");
        DatePicker planned = robot.lookup("#plan-planned-end").queryAs(DatePicker.class);
        robot.interact(() -> planned.setValue(LocalDate.of(2026, 11, 1)));
        robot.clickOn("#plan-save");
        waitUntil(() -> !robot.lookup("#plan-error-plannedEndOn").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#plan-error-plannedEndOn").queryAs(Label.class).getText())
                .isEqualTo("cannot be before the start date");
        assertThat(f.care.plan().list(f.link)).isEmpty();

        robot.interact(() -> planned.getEditor().setText("5/31/2027"));
        robot.clickOn("#plan-save");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(cell(robot, 0, 0)).isEqualTo("Legal");
        assertThat(cell(robot, 0, 1)).isEqualTo("Testify safely at the trial");
        assertThat(cell(robot, 0, 2)).isEqualTo("Nov 25, 2026");
        assertThat(cell(robot, 0, 3)).isEqualTo("May 31, 2027");
        assertThat(cell(robot, 0, 5)).isEqualTo("Open");
        assertThat(robot.lookup("#plan-message").queryAs(Label.class).getText()).isEqualTo("Support plan item added.");
        SupportPlanItem saved = f.care.plan().list(f.link).get(0);
        assertThat(saved.type()).isEqualTo(SupportPlanType.Legal);
        assertThat(saved.actions()).isEqualTo("Accompany to the hearings");
        assertThat(saved.plannedEndOn()).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(dialogs.errors).isEmpty();
    }
}
