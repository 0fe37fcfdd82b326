package org.vigia.ui.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.ui.FxTestBase.waitUntil;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
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
import org.vigia.model.Person;
import org.vigia.service.persons.PersonServiceTest;
import org.vigia.service.settings.SettingsService;
import org.vigia.ui.MainWindow;
import org.vigia.ui.RecordingDialogs;
import org.vigia.ui.UiFactory;
import org.vigia.ui.UiFixtures;
import org.vigia.ui.common.FxTaskRunner;

/** Drives the People area headless: warned of a likely duplicate, open the existing person; add one. */
@ExtendWith(ApplicationExtension.class)
class PeopleUiTest {
    @TempDir
    static Path settingsDir;

    private AppServices services;
    private FxTaskRunner runner;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        services = UiFixtures.services();
        services.persons().create(PersonServiceTest.person("Yuliana", "Ortiz Beltrán", LocalDate.of(1999, 4, 2),
                List.of("VE"), PersonServiceTest.passport("PA4471902", "VE")));
        runner = new FxTaskRunner();
        Messages m = new Messages(Locale.ENGLISH);
        UiFactory factory = new UiFactory(services, runner, m, dialogs, UiFixtures.CLOCK, new SettingsService(settingsDir));
        MainWindow main = factory.mainWindow(UiFixtures.site(services), stage, () -> { });
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(main, 1280, 800));
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

    @Test
    void warnsOfALikelyDuplicateWhileTypingAndOpensTheExistingPersonInstead(FxRobot robot) throws Exception {
        robot.clickOn("#nav-people");
        waitUntil(() -> "1 person".equals(text(robot, "#person-total")));
        robot.clickOn("#person-new");
        robot.clickOn("#person-family").write("Ortis");
        robot.clickOn("#person-given").write("Juliana");
        @SuppressWarnings("unchecked")
        ListView<Object> matches = robot.lookup("#person-matches").queryAs(ListView.class);
        waitUntil(() -> matches.getItems().size() == 1);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> robot.lookup("#match-use-0").match(n -> n.getScene() != null).tryQuery().isPresent());
        assertThat(robot.lookup(".match-reasons").match(n -> n.getScene() != null).queryAs(Label.class).getText())
                .contains("sounds alike");
        robot.clickOn(robot.lookup("#match-use-0").match(n -> n.getScene() != null).queryButton());
        assertThat(dialogs.confirms).hasSize(1);
        TabPane tabs = robot.lookup("#person-tabs").queryAs(TabPane.class);
        waitUntil(() -> tabs.getTabs().size() == 2 && "Yuliana Ortiz Beltrán".equals(tabs.getTabs().get(1).getText()));
        TextField family = robot.lookup("#person-family").queryAs(TextField.class);
        waitUntil(() -> "Ortiz Beltrán".equals(family.getText()));
        assertThat(services.persons().count("")).isEqualTo(1);
    }

    @Test
    void mergesALikelyDuplicateIntoTheOpenPersonAndUndoesIt(FxRobot robot) throws Exception {
        services.persons().create(PersonServiceTest.person("Juliana", "Ortis", LocalDate.of(1999, 1, 1),
                List.of("CO")));
        robot.clickOn("#nav-people");
        waitUntil(() -> "2 persons".equals(text(robot, "#person-total")));
        robot.clickOn("#person-search").write("beltran").type(KeyCode.ENTER);
        waitUntil(() -> "1 person".equals(text(robot, "#person-total")));
        robot.clickOn("#person-table").type(KeyCode.DOWN).type(KeyCode.ENTER);
        @SuppressWarnings("unchecked")
        ListView<Object> matches = robot.lookup("#person-matches").queryAs(ListView.class);
        waitUntil(() -> matches.getItems().size() == 1);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        dialogs.answer = "same passport photo";
        robot.clickOn(robot.lookup("#match-merge-0").match(n -> n.getScene() != null).queryButton());
        waitUntil(() -> services.persons().count("") == 1);
        assertThat(dialogs.asked).singleElement().asString().startsWith("Juliana Ortis will be merged into Yuliana Ortiz Beltrán");
        waitUntil(() -> robot.lookup("#merge-undo-0").tryQuery().isPresent());
        assertThat(text(robot, "#person-message")).startsWith("Merged.");
        robot.clickOn("#merge-undo-0");
        waitUntil(() -> services.persons().count("") == 2);
        waitUntil(() -> text(robot, "#person-details-message").equals("Juliana Ortis is a separate person again."));
    }

    @Test
    void aPersonShowsEveryCaseAndRoleAndOpensTheCase(FxRobot robot) throws Exception {
        Person luis = services.persons().create(PersonServiceTest.person("Luis", "Peña", null, List.of("CO")));
        var kase = UiFixtures.newCase(services, "Bus smuggling ring", "Ipiales", org.vigia.model.CaseStatus.Active,
                org.vigia.model.OffenceType.MigrantSmuggling);
        services.roles().add(org.vigia.model.RoleLink.of(kase.id(), luis.id(), org.vigia.model.CaseRole.SUSPECT, null));
        robot.clickOn("#nav-people");
        javafx.scene.control.ComboBox<?> role = robot.lookup("#person-filter-role").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> role.getSelectionModel().select(1)); // Suspect
        waitUntil(() -> "1 person".equals(text(robot, "#person-total")));
        robot.clickOn("#person-table").type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#person-case-0").tryQuery().isPresent());
        javafx.scene.control.Hyperlink number = robot.lookup("#person-case-0").queryAs(javafx.scene.control.Hyperlink.class);
        assertThat(number.getText()).isEqualTo(kase.number());
        robot.clickOn(number);
        TabPane caseTabs = robot.lookup("#case-tabs").queryAs(TabPane.class);
        waitUntil(() -> caseTabs.getTabs().size() == 2 && kase.number().equals(caseTabs.getTabs().get(1).getText()));
    }

    @Test
    void addsAPersonWithADocumentAndRefusesBadInputOnItsField(FxRobot robot) throws Exception {
        robot.clickOn("#nav-people");
        robot.clickOn("#person-new");
        robot.clickOn("#person-family").write("Quispe Mamani");
        robot.clickOn("#person-given").write("Mario");
        robot.clickOn("#person-age").write("abc");
        robot.clickOn("#person-save");
        waitUntil(() -> "must be a whole number".equals(text(robot, "#person-error-ageYears")));
        robot.clickOn("#person-age").push(KeyCode.CONTROL, KeyCode.A).type(KeyCode.BACK_SPACE);
        assertThat(robot.lookup("#person-age").queryAs(TextField.class).getText()).isEmpty();
        robot.clickOn("#document-add");
        waitUntil(() -> text(robot, "#person-error-documents").startsWith("Type the document number"));
        robot.clickOn("#document-number").write("BO 771 204").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#person-documents").queryAs(Pane.class).getChildren().size() == 1);
        robot.clickOn("#person-save");
        waitUntil(() -> "Saved.".equals(text(robot, "#person-message")));
        assertThat(services.persons().count("")).isEqualTo(2);
        Person saved = services.persons().page("quispe", 0, 10).get(0);
        assertThat(saved.givenNames()).isEqualTo("Mario");
        assertThat(saved.documents()).singleElement().satisfies(d -> assertThat(d.number()).isEqualTo("BO 771 204"));
        robot.clickOn("#tab-person-list");
        robot.clickOn("#person-search").write("kispe");
        waitUntil(() -> "1 person".equals(text(robot, "#person-total")));
    }
}
