package org.vigia.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.ui.FxTestBase.waitUntil;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import org.vigia.model.CaseFile;
import org.vigia.model.CaseStatus;
import org.vigia.model.EvidenceFile;
import org.vigia.model.OffenceType;
import org.vigia.model.Seizure;
import org.vigia.model.SeizureType;
import org.vigia.service.settings.SettingsService;
import org.vigia.ui.RecordingDialogs;
import org.vigia.ui.UiFactory;
import org.vigia.ui.UiFixtures;
import org.vigia.ui.common.FxTaskRunner;

/** The seizures pane of one case in its own window, driven headless as a person would. */
@ExtendWith(ApplicationExtension.class)
class SeizuresUiTest {
    @TempDir
    static Path dir;

    private AppServices services;
    private FxTaskRunner runner;
    private CaseFile kase;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        services = UiFixtures.services();
        kase = UiFixtures.newCase(services, "Cash couriers", "Cúcuta", CaseStatus.Active, OffenceType.MigrantSmuggling);
        runner = new FxTaskRunner();
        UiFactory factory = new UiFactory(services, runner, new Messages(Locale.ENGLISH), dialogs, UiFixtures.CLOCK,
                new SettingsService(dir));
        SeizuresPane pane = factory.seizures(kase.id(), kase.country());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(pane, 1280, 800));
        stage.show();
        pane.viewModel().load();
    }

    @AfterEach
    void tearDown() {
        runner.close();
        services.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Seizure> table(FxRobot robot) {
        return robot.lookup("#seizure-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private void chooseType(FxRobot robot, SeizureType type) {
        ComboBox<SeizureType> combo = robot.lookup("#seizure-type").queryAs(ComboBox.class);
        robot.interact(() -> combo.setValue(type));
    }

    private static String cell(FxRobot robot, int row, int column) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var t = table(robot);
            return (String) t.getColumns().get(column).getCellData(row);
        }).get();
    }

    @Test
    void addsASeizureThroughTheFormAndListsIt(FxRobot robot) throws Exception {
        robot.clickOn("#seizure-type");
        robot.clickOn("Phone");
        robot.clickOn("#seizure-quantity").write("3");
        robot.clickOn("#seizure-description").write("Three phones in the driver's bag");
        robot.clickOn("#seizure-save");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(cell(robot, 0, 0)).isEqualTo("Phone");
        assertThat(cell(robot, 0, 1)).isEqualTo("3 items");
        assertThat(cell(robot, 0, 2)).isEqualTo("Nov 25, 2026");
        assertThat(cell(robot, 0, 3)).isEqualTo("Colombia");
        assertThat(robot.lookup("#seizure-message").queryAs(Label.class).getText()).isEqualTo("Seizure saved.");
        Seizure saved = services.seizures().list(kase.id()).get(0);
        assertThat(saved.quantity()).isEqualTo(3);
        assertThat(saved.description()).isEqualTo("Three phones in the driver's bag");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void showsValidationErrorsAndSavesNothing(FxRobot robot) throws Exception {
        robot.clickOn("#seizure-quantity").write("three");
        robot.clickOn("#seizure-save");
        waitUntil(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0)).contains("Type: required").contains("Quantity: must be a whole number");

        chooseType(robot, SeizureType.Cash);
        robot.interact(() -> robot.lookup("#seizure-quantity").queryAs(javafx.scene.control.TextField.class).clear());
        DatePicker date = robot.lookup("#seizure-date").queryAs(DatePicker.class);
        robot.interact(() -> date.setValue(java.time.LocalDate.of(2026, 12, 1)));
        robot.clickOn("#seizure-amount").write("-5");
        robot.clickOn("#seizure-save");
        waitUntil(() -> !robot.lookup("#seizure-error-seizedOn").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#seizure-error-seizedOn").queryAs(Label.class).getText())
                .isEqualTo("cannot be in the future");
        assertThat(robot.lookup("#seizure-error-amount").queryAs(Label.class).getText()).isEqualTo("cannot be negative");
        assertThat(robot.lookup("#seizure-error-currency").queryAs(Label.class).getText()).isEqualTo("required");
        assertThat(services.seizures().list(kase.id())).isEmpty();
        assertThat(table(robot).getItems()).isEmpty();
    }

    @Test
    void attachesAFileRecordsATransferAndShowsWhetherTheFileStillMatches(FxRobot robot) throws Exception {
        Seizure s = services.seizures().add(new Seizure(null, 0, kase.id(), SeizureType.Phone, 1, null, null, null,
                java.time.LocalDate.of(2026, 11, 20), "CO", "Cúcuta", null, null, null));
        robot.interact(() -> ((SeizuresPane) robot.lookup("#seizures-pane").query()).viewModel().load());
        waitUntil(() -> table(robot).getItems().size() == 1);
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        waitUntil(() -> !robot.lookup("#custody-add").query().isDisabled());

        robot.clickOn("#custody-add");
        waitUntil(() -> robot.lookup("#custody-error-holder").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#custody-error-holder").queryAs(Label.class).getText()).isEqualTo("Holder: required");
        robot.clickOn("#custody-holder").write("Sgt. Rojas");
        robot.clickOn("#custody-add");
        waitUntil(() -> robot.lookup("#custody-list").queryAs(ListView.class).getItems().size() == 1);

        dialogs.fileToOpen = Files.writeString(dir.resolve("photos.txt"), "evidence photos");
        robot.clickOn("#evidence-attach");
        @SuppressWarnings("unchecked")
        ListView<EvidenceFile> files = robot.lookup("#evidence-list").queryAs(ListView.class);
        waitUntil(() -> files.getItems().size() == 1);
        robot.interact(() -> files.getSelectionModel().select(0));
        Label state = robot.lookup("#evidence-state").queryAs(Label.class);
        waitUntil(() -> "Matches".equals(state.getText()));
        waitUntil(() -> "1 file: Matches".equals(cell(robot, 0, 4)));

        EvidenceFile f = files.getItems().get(0);
        services.context().dsl().update(org.vigia.db.schema.Tables.EVIDENCE_FILE)
                .set(org.vigia.db.schema.Tables.EVIDENCE_FILE.CONTENT, "edited".getBytes())
                .where(org.vigia.db.schema.Tables.EVIDENCE_FILE.ID.eq(f.id())).execute();
        robot.clickOn("#evidence-verify");
        waitUntil(() -> "Altered".equals(state.getText()));
        waitUntil(() -> "1 file: Altered".equals(cell(robot, 0, 4)));

        dialogs.fileToSave = dir.resolve("copy.txt");
        robot.clickOn("#evidence-save-copy");
        waitUntil(() -> Files.exists(dir.resolve("copy.txt")));
        assertThat(dialogs.suggestedNames).containsExactly("photos.txt");
        waitUntil(() -> robot.lookup("#seizure-message").queryAs(Label.class).getText().contains("does NOT match"));
        if (System.getProperty("vigia.shot") != null) {
            shot(robot, System.getProperty("vigia.shot"));
        }
        assertThat(services.seizures().get(s.id()).custody()).extracting(c -> c.holder()).containsExactly("Sgt. Rojas");
    }

    /** A PNG of the window, for a person to look at (-Dvigia.shot=/path/shot.png). */
    private static void shot(FxRobot robot, String path) throws Exception {
        javafx.scene.image.Image img = WaitForAsyncUtils.asyncFx(() ->
                robot.lookup("#seizures-pane").query().getScene().snapshot(null)).get();
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, img.getPixelReader().getArgb(x, y));
            }
        }
        javax.imageio.ImageIO.write(out, "png", new java.io.File(path));
    }
}
