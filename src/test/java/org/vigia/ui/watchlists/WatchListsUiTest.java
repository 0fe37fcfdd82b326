package org.vigia.ui.watchlists;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.vigia.app.AppServices;
import org.vigia.l10n.Messages;
import org.vigia.model.Role;
import org.vigia.service.settings.SettingsService;
import org.vigia.ui.FxTestBase;
import org.vigia.ui.MainWindow;
import org.vigia.ui.RecordingDialogs;
import org.vigia.ui.UiFactory;
import org.vigia.ui.UiFixtures;
import org.vigia.ui.common.FxTaskRunner;

/** The Watch lists area: a list imported from Import list…, a refused file with its rows, and readers. */
@ExtendWith(ApplicationExtension.class)
class WatchListsUiTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);
    @TempDir
    static Path settingsDir;
    @TempDir
    Path dir;
    private AppServices services;
    private FxTaskRunner runner;
    private Stage stage;
    private UiFactory factory;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = UiFixtures.services();
        runner = new FxTaskRunner();
        factory = new UiFactory(services, runner, EN, dialogs, UiFixtures.CLOCK, new SettingsService(settingsDir));
        stage.setScene(new Scene(new StackPane(), 1200, 800));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        settle();
        runner.close();
        services.close();
    }

    private void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            FxTestBase.waitUntil(() -> runner.runningProperty().get() == 0);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private void showWatchLists(FxRobot robot) throws Exception {
        robot.interact(() -> {
            MainWindow main = factory.mainWindow(UiFixtures.site(services), stage, () -> { });
            stage.getScene().setRoot(main);
            main.start();
        });
        settle();
        robot.clickOn("#nav-watchlists");
        FxTestBase.waitUntil(() -> robot.lookup("#watchlists-view").tryQuery().isPresent());
        settle();
    }

    private Path file(String name, String... lines) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    @Test
    void aListIsImportedWithProgressAndShownAsTheCurrentVersion(FxRobot robot) throws Exception {
        dialogs.fileToOpen = file("wanted.csv", "list,Wanted persons", "kind,PERSONS", "version,2026.3", "date,2026-03-01",
                "source,DIJIN", "family_names,given_names,birth_date,nationality,notice_type,notice_ref",
                "Ortiz Morales,Juliana,1990-04-12,CO,Red,A-1", "Pérez,José,1978-11-02,VE,Red,A-2");
        showWatchLists(robot);
        TableView<?> table = robot.lookup("#watchlist-table").queryAs(TableView.class);
        assertThat(table.getItems()).isEmpty();

        robot.clickOn("#watchlist-import");
        FxTestBase.waitUntil(() -> robot.lookup("#watchlist-cancel").queryButton().isDisabled()
                && robot.lookup("#watchlist-summary").queryAs(Label.class).getText().startsWith("List"));
        settle();

        assertThat(robot.lookup("#watchlist-summary").queryAs(Label.class).getText())
                .isEqualTo(EN.get("watchlist.done", "Wanted persons", "2026.3", "2", "0", "0"));
        assertThat(robot.lookup("#watchlist-progress").queryAs(javafx.scene.control.ProgressBar.class).getProgress()).isEqualTo(1.0);
        FxTestBase.waitUntil(() -> table.getItems().size() == 1);
        WatchListsViewModel.Row row = (WatchListsViewModel.Row) table.getItems().get(0);
        assertThat(row.list()).isEqualTo("Wanted persons");
        assertThat(row.kind()).isEqualTo(EN.get("watchlist.kind.PERSONS"));
        assertThat(row.state()).isEqualTo(EN.get("watchlist.state.CURRENT"));
        assertThat(row.entries()).isEqualTo("2");
        assertThat(row.source()).isEqualTo("DIJIN");
        assertThat(services.watchLists().lists()).hasSize(1);
    }

    @Test
    void aRefusedFileShowsWhyAndItsRowsAndStoresNothing(FxRobot robot) throws Exception {
        dialogs.fileToOpen = file("bad.csv", "list,SLTD", "kind,DOCUMENTS", "version,1", "date,2026-03-01", "source,x",
                "number,type,country,reported_as", "AB1,Passport,CO,STOLEN", "AB2,Passport,ZZ,");
        showWatchLists(robot);

        robot.clickOn("#watchlist-import");
        FxTestBase.waitUntil(() -> robot.lookup("#watchlist-cancel").queryButton().isDisabled()
                && !robot.lookup("#watchlist-summary").queryAs(Label.class).getText().isEmpty()
                && !robot.lookup("#watchlist-summary").queryAs(Label.class).getText().startsWith("Importing"));

        assertThat(robot.lookup("#watchlist-summary").queryAs(Label.class).getText())
                .isEqualTo(EN.get("watchlist.refused", EN.get("watchlist.error.badRows", 1L)));
        TableView<?> rejected = robot.lookup("#watchlist-rejected").queryAs(TableView.class);
        assertThat(List.<Object>copyOf(rejected.getItems())).containsExactly(new WatchListsViewModel.Rejected(8,
                "country: " + EN.get("validation.unknownCountry", "ZZ")));
        assertThat(rejected.isVisible()).isTrue();
        assertThat(services.watchLists().lists()).isEmpty();
    }

    @Test
    void aReaderSeesTheListsButIsNotOfferedTheImport(FxRobot robot) throws Exception {
        services.accounts().add("hq", "Test hq", EnumSet.of(Role.HQ_ANALYST), UiFixtures.PASSWORD.toCharArray());
        services.accounts().signIn("hq", UiFixtures.PASSWORD.toCharArray());
        showWatchLists(robot);

        assertThat(robot.lookup("#watchlist-import").queryButton().isVisible()).isFalse();
        assertThat(robot.lookup("#watchlist-table").tryQuery()).isPresent();
    }
}
