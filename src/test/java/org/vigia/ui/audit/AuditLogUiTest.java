package org.vigia.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.ui.FxTestBase.waitUntil;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
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
import org.vigia.model.AuditEvent;
import org.vigia.model.CaseStatus;
import org.vigia.model.OffenceType;
import org.vigia.service.settings.SettingsService;
import org.vigia.ui.MainWindow;
import org.vigia.ui.RecordingDialogs;
import org.vigia.ui.UiFactory;
import org.vigia.ui.UiFixtures;
import org.vigia.ui.common.FxTaskRunner;

/** Drives the audit log area of the real main window headless. */
@ExtendWith(ApplicationExtension.class)
class AuditLogUiTest {
    @TempDir
    static Path settingsDir;

    private AppServices services;
    private FxTaskRunner runner;

    @Start
    void start(Stage stage) {
        services = UiFixtures.officeOnly(); // event 1: the office set up
        UiFixtures.operation(services, "LIBERTAD");
        UiFixtures.newCase(services, "Forged passports", "Bogota", CaseStatus.Active, OffenceType.DocumentFraud);
        UiFixtures.newCase(services, "Trata en Cúcuta", "Cúcuta", CaseStatus.FollowUp, OffenceType.HumanTrafficking);
        runner = new FxTaskRunner();
        Messages m = new Messages(Locale.ENGLISH);
        UiFactory factory = new UiFactory(services, runner, m, new RecordingDialogs(), UiFixtures.CLOCK,
                new SettingsService(settingsDir));
        MainWindow main = factory.mainWindow(UiFixtures.site(services), stage, () -> { });
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(main, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("vigia.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() {
        runner.close();
        services.close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableView<AuditEvent> table(FxRobot robot) {
        return robot.lookup("#audit-table").queryAs(TableView.class);
    }

    /** The rows as the table shows them, read on the FX thread once their page is in. */
    private static String rowsShown(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            StringBuilder sb = new StringBuilder();
            TableView<AuditEvent> t = table(robot);
            for (int i = 0; i < t.getItems().size(); i++) {
                AuditEvent e = t.getItems().get(i);
                sb.append(e == null ? "?" : e.seq() + " " + e.action()).append('\n');
            }
            return sb.toString();
        }).get();
    }

    private void openAuditLog(FxRobot robot) throws Exception {
        robot.clickOn("#nav-audit");
        waitUntil(() -> "4 events".equals(text(robot, "#audit-total")));
        waitUntil(() -> !rowsShown(robot).contains("?"));
    }

    @Test
    void filtersByActionAndShowsTheRowsAndTotal(FxRobot robot) throws Exception {
        openAuditLog(robot);
        assertThat(rowsShown(robot)).isEqualTo("4 CASE_CREATE\n3 CASE_CREATE\n2 OPERATION_CREATE\n1 SITE_SETUP\n");
        // the action is shown by its label, the time in the locale
        waitUntil(() -> robot.lookup(".table-cell").lookup((Labeled l) -> "Case created".equals(l.getText()))
                .tryQuery().isPresent());
        assertThat(robot.lookup(".table-cell").lookup((Labeled l) -> "Nov 25, 2026, 12:00 PM".equals(l.getText()))
                .tryQuery()).isPresent();

        robot.clickOn("#audit-filter-action");
        robot.clickOn(robot.lookup(".list-cell").lookup((ListCell<?> c) -> "Case created".equals(c.getText()))
                .queryAs(ListCell.class));

        waitUntil(() -> "2 events".equals(text(robot, "#audit-total")));
        waitUntil(() -> "4 CASE_CREATE\n3 CASE_CREATE\n".equals(rowsShown(robot)));

        robot.clickOn("#audit-clear");
        waitUntil(() -> "4 events".equals(text(robot, "#audit-total")));
    }

    @Test
    void verifySaysOkThenNamesTheBrokenEventAfterTampering(FxRobot robot) throws Exception {
        openAuditLog(robot);

        robot.clickOn("#audit-verify");
        waitUntil(() -> text(robot, "#audit-verify-result").startsWith("The audit chain is intact"));
        Label result = robot.lookup("#audit-verify-result").queryAs(Label.class);
        assertThat(result.getText()).isEqualTo("The audit chain is intact: 4 events verified.");
        assertThat(result.getStyleClass()).contains("success").doesNotContain("danger");
        assertThat(result.isVisible()).isTrue();

        services.context().dsl().execute("UPDATE audit_event SET summary = 'case never created' WHERE seq = 3");
        robot.clickOn("#audit-verify");
        waitUntil(() -> text(robot, "#audit-verify-result").startsWith("The audit chain is broken"));
        assertThat(result.getText()).isEqualTo(
                "The audit chain is broken at event 3: its content does not match its hash (the row was edited).");
        assertThat(result.getStyleClass()).contains("danger").doesNotContain("success");
    }

    @Test
    void aBadDateRangeShowsWhy(FxRobot robot) throws Exception {
        openAuditLog(robot);

        robot.clickOn("#audit-filter-from").write("11/26/2026").type(javafx.scene.input.KeyCode.TAB);
        robot.clickOn("#audit-filter-to").write("11/20/2026").type(javafx.scene.input.KeyCode.TAB);

        waitUntil(() -> "To: cannot be before the start date".equals(text(robot, "#audit-error")));
        assertThat(table(robot).getItems()).isEmpty();
        robot.clickOn("#audit-clear");
        waitUntil(() -> "4 events".equals(text(robot, "#audit-total")));
        assertThat(text(robot, "#audit-error")).isEmpty();
    }
}
