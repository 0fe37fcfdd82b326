package org.vigia.ui.imports;

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
import org.vigia.model.CaseQuery;
import org.vigia.model.Role;
import org.vigia.service.settings.SettingsService;
import org.vigia.ui.FxTestBase;
import org.vigia.ui.MainWindow;
import org.vigia.ui.RecordingDialogs;
import org.vigia.ui.UiFactory;
import org.vigia.ui.UiFixtures;
import org.vigia.ui.common.FxTaskRunner;

/** File > Import cases…: the dialog driven with a small file, and who is offered it. */
@ExtendWith(ApplicationExtension.class)
class ImportUiTest {
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
    void tearDown() {
        runner.close();
        services.close();
    }

    private void showMain(FxRobot robot) {
        robot.interact(() -> {
            MainWindow main = factory.mainWindow(UiFixtures.site(services), stage, () -> { });
            stage.getScene().setRoot(main);
            main.start();
        });
    }

    @Test
    void aSmallFileIsImportedFromTheMenuWithItsBadRowListed(FxRobot robot) throws Exception {
        Path f = dir.resolve("cases.csv");
        Files.writeString(f, "external_ref,title,offences,status,lead_investigator,opened_on,country\n"
                + "UI-1,Terminal,Other,Active,Ana,2026-01-10,CO\n"
                + "UI-2,Puerto,Other,Active,Ana,2026-01-10,ZZ\n"
                + "UI-3,Mina,Other,Active,Ana,2026-01-10,PE\n");
        dialogs.fileToOpen = f;
        showMain(robot);

        robot.clickOn("#menu-file").clickOn("#menu-import-cases");
        FxTestBase.waitUntil(() -> robot.lookup("#import-view").tryQuery().isPresent());
        assertThat(robot.lookup("#import-start").queryButton().isDisabled()).isTrue();
        robot.clickOn("#import-choose");
        assertThat(robot.lookup("#import-file").queryAs(Label.class).getText()).isEqualTo(f.toString());
        robot.clickOn("#import-mode-skip");
        robot.clickOn("#import-start");
        FxTestBase.waitUntil(() -> robot.lookup("#import-cancel").queryButton().isDisabled()
                && robot.lookup("#import-summary").queryAs(Label.class).getText().startsWith("Done"));

        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText())
                .isEqualTo(EN.get("import.done", "3", "2", "0", "0", "1"));
        assertThat(robot.lookup("#import-progress").queryAs(javafx.scene.control.ProgressBar.class).getProgress()).isEqualTo(1.0);
        TableView<?> table = robot.lookup("#import-rejected").queryAs(TableView.class);
        FxTestBase.waitUntil(() -> table.getItems().size() == 1);
        ImportViewModel.Rejected row = (ImportViewModel.Rejected) table.getItems().get(0);
        assertThat(row.line()).isEqualTo(3);
        assertThat(row.externalRef()).isEqualTo("UI-2");
        assertThat(row.reason()).isEqualTo("country: " + EN.get("validation.unknownCountry", "ZZ"));
        assertThat(services.cases().count(CaseQuery.all())).isEqualTo(2);
        settle(); // the case list reloads after the import
    }

    @Test
    void peopleAreImportedFromTheirOwnMenuItemWithNoticesShown(FxRobot robot) throws Exception {
        Path f = dir.resolve("people.csv");
        Files.writeString(f, "external_ref,person_ref,family_names,given_names,document_type,document_number\n"
                + "UP-1,PU-1,Ortiz,Ana,Passport,AB1\n"
                + "UP-2,PU-2,Pérez,Luis,Passport,ab-1\n");
        dialogs.fileToOpen = f;
        showMain(robot);

        robot.clickOn("#menu-file").clickOn("#menu-import-people");
        FxTestBase.waitUntil(() -> robot.lookup("#import-view").tryQuery().isPresent());
        assertThat(robot.lookup("#import-view").queryAs(ImportView.class).getScene().getWindow())
                .satisfies(w -> assertThat(((Stage) w).getTitle()).isEqualTo(EN.get("import.people.title")));
        robot.clickOn("#import-choose");
        robot.clickOn("#import-start");
        FxTestBase.waitUntil(() -> robot.lookup("#import-cancel").queryButton().isDisabled()
                && robot.lookup("#import-summary").queryAs(Label.class).getText().startsWith("Done"));

        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText())
                .isEqualTo(EN.get("import.done", "2", "2", "0", "0", "0") + " " + EN.get("import.people.noticeCount", "1"));
        TableView<?> notices = robot.lookup("#import-notices").queryAs(TableView.class);
        assertThat(List.<Object>copyOf(notices.getItems())).containsExactly(new ImportViewModel.Rejected(3, "UP-2",
                EN.get("import.people.notice.sameDocumentInFile", 2)));
        assertThat(services.persons().count("")).isEqualTo(2);
        settle();
    }

    private void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            FxTestBase.waitUntil(() -> runner.runningProperty().get() == 0);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void aReaderIsNotOfferedTheImport(FxRobot robot) throws Exception {
        services.accounts().add("hq", "Test hq", EnumSet.of(Role.HQ_ANALYST), UiFixtures.PASSWORD.toCharArray());
        services.accounts().signIn("hq", UiFixtures.PASSWORD.toCharArray());
        showMain(robot);
        settle();

        var ids = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).map(javafx.scene.control.MenuItem::getId).toList();
        assertThat(ids).contains("menu-settings").doesNotContain("menu-import-cases", "menu-import-people");
    }
}
