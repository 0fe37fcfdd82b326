package org.vigia.ui.caseroles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.ui.FxTestBase.waitUntil;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
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
import org.vigia.model.CasePerson;
import org.vigia.model.CaseRole;
import org.vigia.model.CaseStatus;
import org.vigia.model.Classification;
import org.vigia.model.DecidingOrganization;
import org.vigia.model.OffenceType;
import org.vigia.model.Person;
import org.vigia.model.RoleLink;
import org.vigia.service.persons.PersonServiceTest;
import org.vigia.service.settings.SettingsService;
import org.vigia.ui.MainWindow;
import org.vigia.ui.RecordingDialogs;
import org.vigia.ui.UiFactory;
import org.vigia.ui.UiFixtures;
import org.vigia.ui.common.FxTaskRunner;

/** Drives the real case editor headless: the People tab, linking a likely match, reclassifying. */
@ExtendWith(ApplicationExtension.class)
class CasePeopleUiTest {
    @TempDir
    static Path settingsDir;

    private AppServices services;
    private FxTaskRunner runner;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MainWindow main;
    private CaseFile kase;
    private Person yuliana;
    private RoleLink migrant;

    @Start
    void start(Stage stage) {
        services = UiFixtures.services();
        kase = UiFixtures.newCase(services, "Trata en Cúcuta", "Cúcuta", CaseStatus.Active, OffenceType.HumanTrafficking);
        yuliana = services.persons().create(PersonServiceTest.person("Yuliana", "Ortiz Beltrán",
                LocalDate.of(2010, 4, 2), List.of("VE")));
        Person luis = services.persons().create(PersonServiceTest.person("Luis", "Peña", LocalDate.of(1990, 1, 1),
                List.of("VE")));
        migrant = services.roles().add(RoleLink.of(kase.id(), luis.id(), CaseRole.SMUGGLED_MIGRANT, null));
        runner = new FxTaskRunner();
        Messages m = new Messages(Locale.ENGLISH);
        UiFactory factory = new UiFactory(services, runner, m, dialogs, UiFixtures.CLOCK, new SettingsService(settingsDir));
        main = factory.mainWindow(UiFixtures.site(services), stage, () -> { });
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(main, 1280, 860));
        stage.show();
        main.cases().refresh();
    }

    @AfterEach
    void tearDown() {
        runner.close();
        services.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<CasePerson> table(FxRobot robot) {
        return robot.lookup("#case-people-table").queryAs(TableView.class);
    }

    private void openPeopleTab(FxRobot robot) throws Exception {
        robot.interact(() -> main.cases().open(kase.id()));
        waitUntil(() -> robot.lookup("#case-tab-people").tryQuery().isPresent());
        robot.clickOn("#case-tab-people");
        waitUntil(() -> robot.lookup("#case-people-table").tryQuery().isPresent());
        waitUntil(() -> table(robot).getItems().size() == 1);
    }

    private <T> void choose(FxRobot robot, String comboId, T value) {
        @SuppressWarnings("unchecked")
        ComboBox<T> combo = robot.lookup(comboId).queryAs(ComboBox.class);
        robot.interact(() -> combo.setValue(value));
    }

    @Test
    void linksTheLikelyExistingPersonAsAVictimAndShowsThemAsAMinor(FxRobot robot) throws Exception {
        openPeopleTab(robot);
        robot.clickOn("#case-people-add");
        waitUntil(() -> robot.lookup("#add-person-role").tryQuery().isPresent());
        choose(robot, "#add-person-role", CaseRole.VICTIM);
        robot.clickOn("#person-family").write("Ortis");
        robot.clickOn("#person-given").write("Juliana");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> robot.lookup("#match-use-0").match(n -> n.getScene() != null).tryQuery()
                .map(n -> "Link this person".equals(((javafx.scene.control.Button) n).getText())).orElse(false));
        waitUntil(() -> robot.lookup(".match-reasons").match(n -> n.getScene() != null).tryQuery()
                .map(n -> ((Label) n).getText().contains("sounds alike")).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#match-use-0").match(n -> n.getScene() != null).queryButton());
        waitUntil(() -> robot.lookup("#case-people-table").tryQuery().isPresent() && table(robot).getItems().size() == 2);
        CasePerson row = table(robot).getItems().stream().filter(r -> r.personId().equals(yuliana.id()))
                .findFirst().orElseThrow();
        assertThat(row.link().role()).isEqualTo(CaseRole.VICTIM);
        assertThat(row.minor()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.Labeled l
                && "Minor".equals(l.getText()) && n.getScene() != null).tryQuery()).isPresent();
        assertThat(services.persons().count("")).isEqualTo(2);
        assertThat(services.roles().rolesInCase(kase.id())).hasSize(2);
        waitUntil(() -> robot.lookup("#role-status").tryQuery().isPresent());
        assertThat(robot.lookup("#role-status").queryAs(Label.class).getText()).isEqualTo("not classified yet");
    }

    @Test
    void reclassifiesASmuggledMigrantAsAPossibleVictim(FxRobot robot) throws Exception {
        openPeopleTab(robot);
        robot.clickOn("Luis Peña");
        waitUntil(() -> robot.lookup("#role-detected-place").tryQuery().isPresent());
        robot.clickOn("#case-people-reclassify");
        waitUntil(() -> robot.lookup("#reclassify-target").tryQuery().isPresent());
        robot.clickOn("#reclassify-save");
        waitUntil(() -> "required".equals(robot.lookup("#reclassify-error-reason").queryAs(Label.class).getText()));
        assertThat(services.roles().history(migrant.id())).isEmpty();
        choose(robot, "#reclassify-target", Classification.POSSIBLE_VICTIM);
        choose(robot, "#reclassify-decided-by", DecidingOrganization.Police);
        robot.clickOn("#reclassify-reason").write("Debt bondage: passport kept by the driver");
        robot.clickOn("#reclassify-save");
        waitUntil(() -> services.roles().get(migrant.id()).classification() == Classification.POSSIBLE_VICTIM);
        waitUntil(() -> robot.lookup("#role-status").tryQuery()
                .map(n -> "Possible victim of trafficking".equals(((Label) n).getText())).orElse(false));
        assertThat(services.roles().history(migrant.id())).singleElement().satisfies(h -> {
            assertThat(h.from()).isEqualTo(Classification.SMUGGLED_MIGRANT);
            assertThat(h.decidedBy()).isEqualTo(DecidingOrganization.Police);
            assertThat(h.reason()).isEqualTo("Debt bondage: passport kept by the driver");
        });
        waitUntil(() -> table(robot).getItems().get(0).link().role() == CaseRole.VICTIM);
    }

    @Test
    void openPersonShowsThePersonInThePeopleAreaAndTheCaseHasASeizuresTab(FxRobot robot) throws Exception {
        openPeopleTab(robot);
        robot.clickOn("Luis Peña");
        robot.clickOn("#case-people-open");
        waitUntil(() -> robot.lookup("#person-tabs").tryQuery().isPresent());
        TabPane personTabs = robot.lookup("#person-tabs").queryAs(TabPane.class);
        waitUntil(() -> personTabs.getTabs().size() == 2 && "Luis Peña".equals(personTabs.getTabs().get(1).getText()));
        assertThat(robot.lookup("#nav-people").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        robot.clickOn("#nav-cases");
        robot.clickOn("#case-tab-seizures");
        waitUntil(() -> robot.lookup("#seizures-pane").tryQuery().isPresent());
    }

    @Test
    void unsavedRoleChangesCountAsUnsavedWorkOfTheCaseAndClosingItsTabAsksFirst(FxRobot robot) throws Exception {
        openPeopleTab(robot);
        robot.clickOn("Luis Peña");
        waitUntil(() -> robot.lookup("#role-detected-place").tryQuery().isPresent());
        assertThat(main.hasUnsavedChanges()).isFalse();
        robot.clickOn("#role-detected-place").write("Rumichaca bridge");
        waitUntil(main::hasUnsavedChanges);
        dialogs.confirmAnswer = false;
        TabPane caseTabs = robot.lookup("#case-tabs").queryAs(TabPane.class);
        javafx.scene.control.Tab caseTab = caseTabs.getTabs().get(1);
        javafx.event.Event close = new javafx.event.Event(javafx.scene.control.Tab.TAB_CLOSE_REQUEST_EVENT);
        robot.interact(() -> caseTab.getOnCloseRequest().handle(close));
        assertThat(close.isConsumed()).as("the close was stopped").isTrue();
        assertThat(dialogs.confirms).hasSize(1);
    }

    @Test
    void aNewCaseMustBeSavedBeforePeopleAreLinked(FxRobot robot) throws Exception {
        robot.interact(() -> main.cases().create());
        waitUntil(() -> robot.lookup("#case-tab-people").tryQuery().isPresent());
        robot.clickOn("#case-tab-people");
        waitUntil(() -> robot.lookup("#case-tab-people-save-first").tryQuery().map(n -> n.isVisible()).orElse(false));
        assertThat(robot.lookup("#case-people-table").tryQuery()).isEmpty();
    }
}
