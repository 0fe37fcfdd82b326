package org.vigia.ui.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.ui.FxTestBase.waitUntil;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.vigia.l10n.Messages;
import org.vigia.model.ConsentRecord;
import org.vigia.ui.RecordingDialogs;
import org.vigia.ui.common.FxTaskRunner;

/** The consent pane of one victim in its own window: record consent, then withdraw it. */
@ExtendWith(ApplicationExtension.class)
class ConsentPaneUiTest {
    private CareUiFixture f;
    private FxTaskRunner runner;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        f = new CareUiFixture();
        runner = new FxTaskRunner();
        CareUiFixture.show(stage, new ConsentPane(f.care.consent(), new Messages(Locale.ENGLISH), runner, dialogs,
                f.link));
    }

    @AfterEach
    void tearDown() {
        runner.close();
        f.services.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<ConsentRecord> table(FxRobot robot) {
        return robot.lookup("#consent-table").queryAs(TableView.class);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void recordsConsentToSharingAndServicesThenWithdrawsIt(FxRobot robot) throws Exception {
        waitUntil(() -> "Not asked".equals(text(robot, "#consent-services")));
        assertThat(robot.lookup("#consent-organisation").query().isDisabled()).isTrue();

        robot.clickOn("#consent-kind");
        robot.clickOn("Sharing with an organisation");
        robot.clickOn("#consent-record");
        waitUntil(() -> !text(robot, "#consent-error-organisation").isEmpty());
        assertThat(text(robot, "#consent-error-organisation")).isEqualTo("name the organisation the data may be shared with");
        assertThat(f.care.consent().history(f.link)).isEmpty();
        robot.clickOn("#consent-organisation").write("OIM Colombia");
        robot.clickOn("#consent-record");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(text(robot, "#consent-sharing")).isEqualTo("OIM Colombia: Given on Nov 25, 2026");

        // "Services" is also the label of the answers in force: choose from the combo itself
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<org.vigia.model.ConsentKind> kind =
                robot.lookup("#consent-kind").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> kind.setValue(org.vigia.model.ConsentKind.SERVICES));
        robot.clickOn("#consent-taken-by").write("Lic. Paula Díaz");
        robot.clickOn("#consent-record");
        waitUntil(() -> table(robot).getItems().size() == 2);
        assertThat(text(robot, "#consent-services")).isEqualTo("Given on Nov 25, 2026");
        assertThat(text(robot, "#consent-message")).isEqualTo("Answer recorded.");
        assertThat(robot.lookup("#consent-withdraw").query().isDisabled()).isTrue();

        robot.interact(() -> table(robot).getSelectionModel().select(1));
        waitUntil(() -> !robot.lookup("#consent-withdraw").query().isDisabled());
        robot.clickOn("#consent-withdraw");
        waitUntil(() -> table(robot).getItems().size() == 3);
        assertThat(dialogs.confirms).hasSize(1);
        assertThat(dialogs.confirms.get(0)).contains("(Services)");
        assertThat(text(robot, "#consent-services")).isEqualTo("Refused or withdrawn on Nov 25, 2026");
        assertThat(text(robot, "#consent-sharing")).isEqualTo("OIM Colombia: Given on Nov 25, 2026");
        assertThat(f.care.consent().state(f.link).allowsServices()).isFalse();
        assertThat(f.care.consent().state(f.link).allowsSharingWith("OIM Colombia")).isTrue();
        assertThat(f.care.consent().history(f.link).get(1).takenBy()).isEqualTo("Lic. Paula Díaz");
        if (System.getProperty("vigia.shot") != null) {
            CareShots.shot(robot, "#consent-pane", System.getProperty("vigia.shot").replace(".png", "-consent.png"));
        }
    }
}
