package org.vigia.ui.checkpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.ui.FxTestBase.waitUntil;

import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vigia.l10n.Messages;
import org.vigia.model.BorderCheck;
import org.vigia.model.CheckConveyance;
import org.vigia.model.CheckDirection;
import org.vigia.ui.RecordingDialogs;
import org.vigia.ui.UiFixtures;
import org.vigia.ui.common.FxTaskRunner;

/** The tab of one control, driven with the keyboard only, headless. */
@ExtendWith(ApplicationExtension.class)
class CheckEntryUiTest {
    private CheckpointUiFixture f;
    private FxTaskRunner runner;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Scene scene;

    @Start
    void start(Stage stage) {
        f = new CheckpointUiFixture();
        runner = new FxTaskRunner();
        Messages m = new Messages(Locale.ENGLISH);
        CheckEntryViewModel vm = new CheckEntryViewModel(f.summary(), f.checks, f.services.tallies(), runner, m, dialogs,
                UiFixtures.CLOCK);
        ControlTabView view = new ControlTabView(vm, m, "Puerto Leguízamo river post · RIO-1");
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scene = new Scene(view, 1280, 800);
        stage.setScene(scene);
        stage.show();
        vm.load();
        view.focusEntry();
    }

    @AfterEach
    void tearDown() {
        runner.close();
        f.services.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<BorderCheck> table(FxRobot robot) {
        return robot.lookup("#check-table").queryAs(TableView.class);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    /** Types {@code text} into the focused field, then Tab {@code tabs} times. */
    private static void type(FxRobot robot, String text, int tabs) {
        if (!text.isEmpty()) {
            robot.write(text);
        }
        for (int i = 0; i < tabs; i++) {
            robot.type(KeyCode.TAB);
        }
    }

    @Test
    void twentyChecksAreEnteredWithTheKeyboardOnlyAndCountryAndDirectionCarryOver(FxRobot robot) throws Exception {
        // first traveller: every carried-over field typed once
        robot.interact(() -> {
            robot.lookup("#check-direction").queryAs(ComboBox.class).getSelectionModel().select(CheckDirection.EXIT);
            robot.lookup("#check-conveyance").queryAs(ComboBox.class).getSelectionModel().select(CheckConveyance.BUS);
        });
        robot.interact(() -> robot.lookup("#check-family").query().requestFocus());
        type(robot, "Viajero", 1);          // family -> given
        type(robot, "Uno", 3);              // given -> birth -> gender -> nationality
        type(robot, "PE", 2);               // nationality -> minor -> document number
        type(robot, "P0001", 2);            // document number -> type -> issuing country
        type(robot, "PE", 0);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> f.checks.count(f.control.id()) == 1);
        assertThat(robot.lookup("#check-family").queryAs(TextField.class).isFocused()).isTrue();
        assertThat(text(robot, "#check-nationality")).isEqualTo("PE");
        assertThat(text(robot, "#check-doc-country")).isEqualTo("PE");
        for (int i = 2; i <= 20; i++) {
            type(robot, "Viajero" + i, 6);  // family, then Tab past given, birth, gender, nationality, minor
            type(robot, "P" + (1000 + i), 0); // document number; type and issuing country carried over
            robot.type(KeyCode.ENTER);
            int expected = i;
            waitUntil(() -> f.checks.count(f.control.id()) == expected);
        }
        waitUntil(() -> table(robot).getItems().size() == 20);
        var saved = f.checks.list(f.control.id(), 0, 100);
        assertThat(saved).hasSize(20);
        assertThat(saved).allSatisfy(c -> {
            assertThat(c.docCountry()).isEqualTo("PE");
            assertThat(c.nationality()).isEqualTo("PE");
            assertThat(c.direction()).isEqualTo(CheckDirection.EXIT);
            assertThat(c.conveyance()).isEqualTo(CheckConveyance.BUS);
        });
        assertThat(saved).extracting(BorderCheck::familyNames).contains("Viajero", "Viajero20");
        assertThat(robot.lookup("#check-message").queryAs(Label.class).getText())
                .isEqualTo("Check saved: 20 checks in this control.");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aWantedPersonShowsARedBannerAsTheOfficerTypes(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#check-family").query().requestFocus());
        type(robot, "Rojas Mendoza", 2);
        type(robot, "1980-02-10", 0);
        Label watch = robot.lookup("#check-watch").queryAs(Label.class);
        waitUntil(() -> watch.getStyleClass().contains("watch-hit"));
        assertThat(watch.getText()).contains("HIT").contains("Wanted persons").contains("ROJAS MENDOZA, Carlos");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> watch.getStyleClass().contains("watch-idle"));
        assertThat(text(robot, "#check-family")).isEmpty();
        type(robot, "Ortiz", 0);
        waitUntil(() -> watch.getStyleClass().contains("watch-clear"));
        assertThat(watch.getText()).isEqualTo("No hit in 2 lists");
    }

    @Test
    void theBannerOfASavedHitStaysUntilTheNextTravellerIsTyped(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#check-family").query().requestFocus());
        type(robot, "Rojas Mendoza", 2);
        type(robot, "1980-02-10", 0);
        Label watch = robot.lookup("#check-watch").queryAs(Label.class);
        waitUntil(() -> watch.getStyleClass().contains("watch-hit"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#check-family").isEmpty());
        // longer than the 250 ms typing pause after which the emptied form is previewed
        CountDownLatch quiet = new CountDownLatch(1);
        robot.interact(() -> {
            var pause = new javafx.animation.PauseTransition(javafx.util.Duration.millis(600));
            pause.setOnFinished(e -> quiet.countDown());
            pause.play();
        });
        assertThat(quiet.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(watch.getStyleClass()).contains("watch-hit");
        assertThat(watch.getText()).contains("ROJAS MENDOZA, Carlos");
        type(robot, "Ortiz", 0);
        waitUntil(() -> watch.getStyleClass().contains("watch-clear"));
    }

    @Test
    void inputErrorsShowInlineAndNothingIsSaved(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#check-time").query().requestFocus());
        robot.interact(() -> robot.lookup("#check-time").queryAs(TextField.class).clear());
        type(robot, "2026-11-25 23:00", 0);
        robot.type(KeyCode.ENTER);
        Label familyError = robot.lookup("#check-error-familyNames").queryAs(Label.class);
        waitUntil(() -> !familyError.getText().isEmpty());
        assertThat(familyError.getText()).isEqualTo("give a person's name or a document number (or both)");
        robot.interact(() -> robot.lookup("#check-family").query().requestFocus());
        type(robot, "Ortiz", 0);
        robot.type(KeyCode.ENTER);
        Label timeError = robot.lookup("#check-error-checkedAt").queryAs(Label.class);
        waitUntil(() -> !timeError.getText().isEmpty());
        assertThat(timeError.getText()).startsWith("outside the control's shift");
        assertThat(f.checks.count(f.control.id())).isZero();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
