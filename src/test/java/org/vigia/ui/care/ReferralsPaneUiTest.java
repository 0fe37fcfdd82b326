package org.vigia.ui.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.ui.FxTestBase.waitUntil;

import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.ComboBox;
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
import org.vigia.model.ReferralStatus;
import org.vigia.model.ServiceReferral;
import org.vigia.model.ServiceType;
import org.vigia.ui.RecordingDialogs;
import org.vigia.ui.common.FxTaskRunner;

/** The referrals pane of one victim in its own window, driven headless. */
@ExtendWith(ApplicationExtension.class)
class ReferralsPaneUiTest {
    private CareUiFixture f;
    private FxTaskRunner runner;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        f = new CareUiFixture();
        runner = new FxTaskRunner();
        CareUiFixture.show(stage, new ReferralsPane(f.care.referrals(), new Messages(Locale.ENGLISH), runner, dialogs,
                f.link));
    }

    @AfterEach
    void tearDown() {
        runner.close();
        f.services.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<ServiceReferral> table(FxRobot robot) {
        return robot.lookup("#referral-table").queryAs(TableView.class);
    }

    private static String cell(FxRobot robot, int row, int column) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> (String) table(robot).getColumns().get(column).getCellData(row)).get();
    }

    @Test
    void addsAReferralShowsFieldErrorsAndMovesItsStatus(FxRobot robot) throws Exception {
        robot.clickOn("#referral-save");
        waitUntil(() -> !robot.lookup("#referral-error-provider").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#referral-error-provider").queryAs(Label.class).getText())
                .isEqualTo("refer to an organisation");
        assertThat(robot.lookup("#referral-error-serviceType").queryAs(Label.class).getText()).isEqualTo("required");
        assertThat(f.care.referrals().list(f.link)).isEmpty();

        robot.clickOn("#referral-type");
        robot.clickOn("Psychosocial support");
        robot.clickOn("#referral-provider").write("Corporación Espacios de Mujer");
        @SuppressWarnings("unchecked")
        ComboBox<Object> orgType = robot.lookup("#referral-provider-type").queryAs(ComboBox.class);
        robot.interact(() -> orgType.getSelectionModel().select(2)); // (none), Police, NGO
        DatePicker date = robot.lookup("#referral-date").queryAs(DatePicker.class);
        robot.interact(() -> date.setValue(LocalDate.of(2026, 11, 21)));
        robot.clickOn("#referral-notes").write("Weekly sessions");
        robot.clickOn("#referral-save");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(cell(robot, 0, 0)).isEqualTo("Psychosocial support");
        assertThat(cell(robot, 0, 1)).isEqualTo("Corporación Espacios de Mujer");
        assertThat(cell(robot, 0, 2)).isEqualTo("NGO");
        assertThat(cell(robot, 0, 3)).isEqualTo("Nov 21, 2026");
        assertThat(cell(robot, 0, 4)).isEqualTo("Referred");
        assertThat(robot.lookup("#referral-message").queryAs(Label.class).getText()).isEqualTo("Referral recorded.");
        assertThat(robot.lookup("#referral-deliver").query().isDisabled()).isTrue();

        robot.clickOn("#referral-accept");
        waitUntil(() -> "Accepted".equals(cell(robot, 0, 4)));
        assertThat(cell(robot, 0, 5)).isEqualTo("Nov 25, 2026");
        waitUntil(() -> !robot.lookup("#referral-deliver").query().isDisabled());
        robot.clickOn("#referral-deliver");
        waitUntil(() -> "Delivered".equals(cell(robot, 0, 4)));
        ServiceReferral saved = f.care.referrals().list(f.link).get(0);
        assertThat(saved.type()).isEqualTo(ServiceType.PSYCHOSOCIAL);
        assertThat(saved.status()).isEqualTo(ReferralStatus.DELIVERED);
        assertThat(saved.notes()).isEqualTo("Weekly sessions");
        assertThat(robot.lookup("#referral-decline").query().isDisabled()).isTrue();
        assertThat(dialogs.errors).isEmpty();
        if (System.getProperty("vigia.shot") != null) {
            robot.interact(() -> table(robot).getSelectionModel().clearSelection());
            CareShots.shot(robot, "#referrals-pane", System.getProperty("vigia.shot"));
        }
    }
}
