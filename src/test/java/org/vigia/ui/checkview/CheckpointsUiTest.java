package org.vigia.ui.checkview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.ui.FxTestBase.waitUntil;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vigia.app.AppServices;
import org.vigia.l10n.Messages;
import org.vigia.model.CheckLine;
import org.vigia.model.ControlFigures;
import org.vigia.model.HitFollowUp;
import org.vigia.model.HitFilter;
import org.vigia.model.PointFigures;
import org.vigia.service.settings.SettingsService;
import org.vigia.ui.MainWindow;
import org.vigia.ui.RecordingDialogs;
import org.vigia.ui.UiFactory;
import org.vigia.ui.UiFixtures;
import org.vigia.ui.common.FxTaskRunner;

/** The Border checkpoints area in the main window, driven headless: figures, drill-down, case, hits. */
@ExtendWith(ApplicationExtension.class)
class CheckpointsUiTest {
    @TempDir
    static Path dir;

    private AppServices services;
    private FxTaskRunner runner;
    private CheckviewData data;

    @Start
    void start(Stage stage) {
        services = UiFixtures.services();
        data = new CheckviewData(services);
        runner = new FxTaskRunner();
        UiFactory factory = new UiFactory(services, runner, new Messages(Locale.ENGLISH), new RecordingDialogs(),
                UiFixtures.CLOCK, new SettingsService(dir));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MainWindow main = factory.mainWindow(UiFixtures.site(services), stage, () -> { });
        stage.setScene(new Scene(main, 1280, 800));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        runner.close();
        services.close();
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    private static String cell(FxRobot robot, String id, int row, int column) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            TableView<?> t = table(robot, id);
            return String.valueOf(t.getColumns().get(column).getCellData(row));
        }).get();
    }

    private void showArea(FxRobot robot) throws Exception {
        robot.clickOn("#nav-border-checkpoints");
        waitUntil(() -> table(robot, "#checkview-points").getItems().size() == 2
                && !robot.lookup("#checkview-totals").queryAs(Label.class).getText().isEmpty());
    }

    @Test
    void showsTheFiguresOfThePointsAndDrillsDownToTheChecks(FxRobot robot) throws Exception {
        showArea(robot);
        assertThat(robot.lookup("#checkview-totals").queryAs(Label.class).getText())
                .startsWith("2 transit points with controls \u00b7 2 controls \u00b7 persons checked: 3 counted + 850 tallied");
        TableView<PointFigures> points = table(robot, "#checkview-points");
        assertThat(cell(robot, "#checkview-points", 1, 0)).isEqualTo("Puerto Leguízamo pier");
        assertThat(cell(robot, "#checkview-points", 1, 1)).isEqualTo("River or waterway");
        assertThat(cell(robot, "#checkview-points", 1, 4)).isEqualTo("3 counted + 850 tallied");
        assertThat(cell(robot, "#checkview-points", 1, 6)).isEqualTo("1 counted (1 confirmed) + 0 tallied");
        assertThat(cell(robot, "#checkview-points", 1, 7)).isEqualTo("2");
        assertThat(cell(robot, "#checkview-points", 1, 8)).isEqualTo("VE 2; Female 2; minors 1 (not recorded 0)");
        assertThat(cell(robot, "#checkview-points", 1, 10)).isEqualTo("1");
        // keyboard: into the points table, down to the river point; its control shows
        robot.interact(() -> points.requestFocus());
        robot.interact(() -> points.getSelectionModel().select(1));
        waitUntil(() -> table(robot, "#checkview-controls").getItems().size() == 1);
        TableView<ControlFigures> controls = table(robot, "#checkview-controls");
        assertThat(cell(robot, "#checkview-controls", 0, 1)).isEqualTo("RIO-1");
        robot.interact(() -> controls.getSelectionModel().select(0));
        waitUntil(() -> table(robot, "#checkview-checks").getItems().size() == 3
                && table(robot, "#checkview-checks").getItems().get(0) != null);
        assertThat(robot.lookup("#checkview-checks-title").queryAs(Label.class).getText())
                .isEqualTo("Checks of the RIO-1 control: 3");
        assertThat(cell(robot, "#checkview-checks", 0, 1)).isEqualTo("María José Pérez Gil");
        assertThat(cell(robot, "#checkview-checks", 0, 6)).isEqualTo("Irregular migrant detected");
        assertThat(cell(robot, "#checkview-checks", 2, 5)).isEqualTo("Hit confirmed");
    }

    @Test
    void opensACaseFromACheck(FxRobot robot) throws Exception {
        showArea(robot);
        robot.interact(() -> table(robot, "#checkview-points").getSelectionModel().select(1));
        waitUntil(() -> table(robot, "#checkview-controls").getItems().size() == 1);
        robot.interact(() -> table(robot, "#checkview-controls").getSelectionModel().select(0));
        waitUntil(() -> table(robot, "#checkview-checks").getItems().size() == 3
                && table(robot, "#checkview-checks").getItems().get(0) != null);
        TableView<CheckLine> checks = table(robot, "#checkview-checks");
        robot.interact(() -> checks.getSelectionModel().select(0));
        assertThat(robot.lookup("#checkview-open-case").queryAs(Button.class).isDisabled()).isFalse();
        robot.interact(checks::requestFocus);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#checkview-case-pane").query().isVisible()
                && !robot.lookup("#checkview-case-summary").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#checkview-case-summary").queryAs(Label.class).getText())
                .startsWith("María José Pérez Gil, Jan 2, 1990, Venezuela \u00b7 VE-123456");
        robot.clickOn("#checkview-case-open");
        waitUntil(() -> !robot.lookup("#checkview-case-pane").query().isVisible());
        waitUntil(() -> table(robot, "#checkview-checks").getItems().size() == 3
                && table(robot, "#checkview-checks").getItems().get(0) != null
                && CheckpointsUiTest.<CheckLine>table(robot, "#checkview-checks").getItems().get(0).linked());
        assertThat(cell(robot, "#checkview-checks", 0, 8)).isEqualTo("opened");
        assertThat(services.checkpointFigures().checks(data.riverControl, 0, 1).get(0).linked()).isTrue();
    }

    @Test
    void listsHitsWithLateOnesMarkedAndSetsAFollowUp(FxRobot robot) throws Exception {
        showArea(robot);
        robot.interact(() -> robot.lookup("#checkview-tabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().select(1));
        waitUntil(() -> table(robot, "#checkview-hits").getItems().size() == 2
                && table(robot, "#checkview-hits").getItems().get(0) != null);
        assertThat(cell(robot, "#checkview-hits", 0, 1)).isEqualTo("LATE");
        assertThat(cell(robot, "#checkview-hits", 0, 2)).isEqualTo("SLTD copy (version 41)");
        assertThat(cell(robot, "#checkview-hits", 1, 1)).isEmpty();
        robot.clickOn("#checkview-hits-late");
        waitUntil(() -> table(robot, "#checkview-hits").getItems().size() == 1
                && table(robot, "#checkview-hits").getItems().get(0) != null);
        robot.interact(() -> table(robot, "#checkview-hits").getSelectionModel().select(0));
        robot.clickOn("#checkview-hit-follow");
        waitUntil(() -> robot.lookup("#checkview-follow-form").query().isVisible());
        robot.interact(() -> robot.lookup("#checkview-follow-state").queryComboBox().getSelectionModel()
                .select(HitFollowUp.DISCARDED));
        robot.clickOn("#checkview-follow-note").write("Different issuing date");
        robot.clickOn("#checkview-follow-save");
        waitUntil(() -> "Follow-up saved.".equals(robot.lookup("#checkview-hits-message").queryAs(Label.class).getText()));
        assertThat(services.checkpointFigures().hits(new HitFilter(HitFollowUp.DISCARDED, null), 0, 10))
                .extracting(h -> h.hit().id()).containsExactly(data.lateHit);
    }
}
