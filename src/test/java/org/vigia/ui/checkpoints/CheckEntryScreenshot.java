package org.vigia.ui.checkpoints;

import static org.vigia.ui.FxTestBase.waitUntil;

import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vigia.l10n.Messages;
import org.vigia.model.BorderCheck;
import org.vigia.model.CheckAction;
import org.vigia.model.CheckConveyance;
import org.vigia.model.CheckDirection;
import org.vigia.model.CheckTally;
import org.vigia.model.DocumentType;
import org.vigia.model.Gender;
import org.vigia.model.TravelPurpose;
import org.vigia.ui.RecordingDialogs;
import org.vigia.ui.UiFixtures;
import org.vigia.ui.common.FxTaskRunner;

/**
 * Writes docs/screenshots/checkpoint-entry.png: a control's tab with some checks, a tally and a
 * hit shown. Runs only with -Dscreenshot.dir=FOLDER.
 */
@EnabledIfSystemProperty(named = "screenshot.dir", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class CheckEntryScreenshot {
    private CheckpointUiFixture f;
    private FxTaskRunner runner;
    private CheckEntryViewModel vm;
    private Scene scene;

    @Start
    void start(Stage stage) {
        f = new CheckpointUiFixture();
        String[][] people = {{"Pérez Gómez", "Luis", "1990-05-01", "PE", "ZX998877"}, {"Quispe", "Rosa", "2009-01-12", "PE", "PE4471120"},
            {"Silva", "João", "1985-07-30", "BR", "FT551203"}, {"Mamani", "Edwin", "1978-11-02", "BO", ""},
            {"Rojas Mendoza", "Carlos", "1980-02-10", "CO", ""}};
        int minute = 0;
        for (String[] p : people) {
            minute += 17;
            boolean doc = !p[4].isEmpty();
            f.checks.record(new BorderCheck(null, 0, f.control.id(), Instant.parse("2026-11-25T07:00:00Z").plusSeconds(60L * minute),
                    null, p[1], p[0], LocalDate.parse(p[2]), p[1].equals("Rosa") ? Gender.Feminine : Gender.Masculine, p[3],
                    null, doc ? p[4] : null, doc ? DocumentType.Passport : null, doc ? p[3] : null, CheckDirection.ENTRY,
                    TravelPurpose.WORK, CheckConveyance.VESSEL, "Lancha Amazonas II", "9074729", "CO", null,
                    p[0].startsWith("Rojas") ? CheckAction.DETAINED : CheckAction.NONE, null));
        }
        f.services.tallies().add(new CheckTally(null, 0, f.control.id(), 140, 60, 0, "Morning ferry, counted at the gangway", null));
        runner = new FxTaskRunner();
        Messages m = new Messages(Locale.ENGLISH);
        vm = new CheckEntryViewModel(f.summary(), f.checks, f.services.tallies(), runner, m, new RecordingDialogs(), UiFixtures.CLOCK);
        ControlTabView view = new ControlTabView(vm, m, "Puerto Leguízamo river post · RIO-1 · shift 2026-11-25 06:00 – 2026-11-25 18:00 · officers: Sgt. Rojas");
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scene = new Scene(view, 1280, 800);
        stage.setScene(scene);
        stage.show();
        vm.load();
    }

    @AfterEach
    void tearDown() {
        runner.close();
        f.services.close();
    }

    @Test
    void writeTheScreenshot(FxRobot robot) throws Exception {
        robot.interact(() -> {
            vm.form().familyNames.set("Rojas Mendoza");
            vm.form().givenNames.set("Carlos");
            vm.form().birthDate.set("1980-02-10");
            vm.form().nationality.set("CO");
            vm.form().conveyance.set(CheckConveyance.VESSEL);
            vm.form().conveyanceRef.set("Lancha Amazonas II");
            vm.preview();
        });
        @SuppressWarnings("unchecked")
        TableView<BorderCheck> table = robot.lookup("#check-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 5 && table.getItems().get(0) != null
                && vm.watchStateProperty().get() == CheckEntryViewModel.WatchState.HIT);
        WaitForAsyncUtils.waitForFxEvents(5); // a few pulses, so the banner and the table are laid out
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        Path dir = Path.of(System.getProperty("screenshot.dir"));
        Files.createDirectories(dir);
        ImageIO.write(out, "png", dir.resolve("checkpoint-entry.png").toFile());
    }
}
