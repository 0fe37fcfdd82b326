package org.vigia.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.ui.FxTestBase.waitUntil;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
import org.vigia.model.CaseQuery;
import org.vigia.model.CaseStatus;
import org.vigia.model.CaseSummary;
import org.vigia.model.OffenceType;
import org.vigia.service.settings.SettingsService;
import org.vigia.ui.MainWindow;
import org.vigia.ui.RecordingDialogs;
import org.vigia.ui.UiFactory;
import org.vigia.ui.UiFixtures;
import org.vigia.ui.common.FxTaskRunner;

/** Drives the real main window headless: create a case, find it, keep unsaved work. */
@ExtendWith(ApplicationExtension.class)
class CasesUiTest {
    @TempDir
    static Path settingsDir;

    private AppServices services;
    private FxTaskRunner runner;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MainWindow main;

    @Start
    void start(Stage stage) {
        services = UiFixtures.services();
        UiFixtures.newCase(services, "Forged passports", "Bogota", CaseStatus.Active, OffenceType.DocumentFraud);
        UiFixtures.newCase(services, "Trata en Cúcuta", "Cúcuta", CaseStatus.FollowUp, OffenceType.HumanTrafficking);
        runner = new FxTaskRunner();
        Messages m = new Messages(Locale.ENGLISH);
        UiFactory factory = new UiFactory(services, runner, m, dialogs, UiFixtures.CLOCK, new SettingsService(settingsDir));
        main = factory.mainWindow(UiFixtures.site(services), stage, () -> { });
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(main, 1280, 800);
        stage.setScene(scene);
        stage.show();
        main.cases().refresh();
    }

    @AfterEach
    void tearDown() {
        runner.close();
        services.close();
    }

    private String total(FxRobot robot) {
        return robot.lookup("#case-total").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private TableView<CaseSummary> table(FxRobot robot) {
        return robot.lookup("#case-table").queryAs(TableView.class);
    }

    /** The first row as the table holds it, read on the FX thread (a read may ask for its page). */
    private CaseSummary firstRow(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> table(robot).getItems().get(0)).get();
    }

    @Test
    void createsACaseThroughTheFormAndFindsItWithTheSearchBox(FxRobot robot) throws Exception {
        waitUntil(() -> "2 cases".equals(total(robot)));
        robot.clickOn("#case-new");
        waitUntil(() -> robot.lookup("#case-number").tryQueryAs(TextField.class)
                .map(t -> t.getPromptText().startsWith("CO-BOG-2026-00003")).orElse(false));
        robot.clickOn("#case-title").write("Smuggling by river at Lethem");
        robot.clickOn("#offence-MigrantSmuggling");
        robot.clickOn("#case-save");
        waitUntil(() -> services.cases().count(CaseQuery.all()) == 3);
        TabPane tabs = robot.lookup("#case-tabs").queryAs(TabPane.class);
        waitUntil(() -> "CO-BOG-2026-00003".equals(tabs.getSelectionModel().getSelectedItem().getText()));

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil(() -> tabs.getSelectionModel().getSelectedIndex() == 0);
        robot.clickOn("#case-search").write("lethem");
        waitUntil(() -> "1 case".equals(total(robot)));
        waitUntil(() -> firstRow(robot) != null);
        assertThat(firstRow(robot).title()).isEqualTo("Smuggling by river at Lethem");
        assertThat(firstRow(robot).number()).isEqualTo("CO-BOG-2026-00003");
    }

    @Test
    void searchIgnoresAccentsAndCase(FxRobot robot) throws Exception {
        waitUntil(() -> "2 cases".equals(total(robot)));
        robot.clickOn("#case-search").write("CUCUTA");
        waitUntil(() -> "1 case".equals(total(robot)));
        waitUntil(() -> firstRow(robot) != null);
        assertThat(firstRow(robot).title()).isEqualTo("Trata en Cúcuta");
    }

    @Test
    void opensARowAndRefusesToSaveAnEmptyTitle(FxRobot robot) throws Exception {
        waitUntil(() -> "2 cases".equals(total(robot)));
        waitUntil(() -> firstRow(robot) != null);
        robot.doubleClickOn("Forged passports");
        waitUntil(() -> robot.lookup("#case-title").tryQueryAs(TextField.class)
                .map(t -> "Forged passports".equals(t.getText())).orElse(false));
        TextField title = robot.lookup("#case-title").queryAs(TextField.class);
        robot.interact(title::clear);
        robot.clickOn("#case-save");
        waitUntil(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0)).contains("Title: required");
        assertThat(services.cases().page(CaseQuery.all(), 0, 10)).extracting(CaseSummary::title)
                .contains("Forged passports");
    }

    @Test
    void closingATabWithUnsavedChangesAsksFirst(FxRobot robot) throws Exception {
        waitUntil(() -> "2 cases".equals(total(robot)));
        robot.clickOn("#case-new");
        waitUntil(() -> robot.lookup("#case-title").tryQuery().isPresent());
        robot.clickOn("#case-title").write("Unsaved work");
        TabPane tabs = robot.lookup("#case-tabs").queryAs(TabPane.class);
        dialogs.confirmAnswer = false;
        robot.clickOn(".tab-close-button");
        assertThat(dialogs.confirms).anyMatch(s -> s.contains("unsaved changes"));
        assertThat(tabs.getTabs()).hasSize(2);
        assertThat(main.cases().hasUnsavedChanges()).isTrue();
        dialogs.confirmAnswer = true;
        robot.clickOn(".tab-close-button");
        waitUntil(() -> tabs.getTabs().size() == 1);
        assertThat(services.cases().count(CaseQuery.all())).isEqualTo(2);
    }

    @Test
    void keyboardShortcutsCreateAndSave(FxRobot robot) throws Exception {
        waitUntil(() -> "2 cases".equals(total(robot)));
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#case-number").tryQueryAs(TextField.class)
                .map(t -> t.getPromptText().startsWith("CO-BOG-2026-00003")).orElse(false));
        robot.clickOn("#case-title").write("Keyboard case");
        robot.clickOn("#offence-Other");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> services.cases().count(CaseQuery.all()) == 3);
        waitUntil(() -> "3 cases".equals(total(robot)));
        assertThat(main.cases().hasUnsavedChanges()).isFalse();
    }
}
