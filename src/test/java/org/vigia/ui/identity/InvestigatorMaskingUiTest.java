package org.vigia.ui.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.ui.FxTestBase.waitUntil;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
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
import org.vigia.model.CaseRole;
import org.vigia.model.CaseStatus;
import org.vigia.model.OffenceType;
import org.vigia.model.Person;
import org.vigia.model.Pseudonym;
import org.vigia.model.Role;
import org.vigia.model.RoleLink;
import org.vigia.service.persons.PersonServiceTest;
import org.vigia.service.settings.SettingsService;
import org.vigia.ui.MainWindow;
import org.vigia.ui.RecordingDialogs;
import org.vigia.ui.UiFactory;
import org.vigia.ui.UiFixtures;
import org.vigia.ui.common.FxTaskRunner;

/** An investigator sees the pseudonym, no "Reveal identity…", and reads that a supervisor can reveal it. */
@ExtendWith(ApplicationExtension.class)
class InvestigatorMaskingUiTest {
    @TempDir
    static Path settingsDir;

    private AppServices services;
    private FxTaskRunner runner;
    private MainWindow main;
    private CaseFile kase;
    private Person yuliana;

    @Start
    void start(Stage stage) {
        services = UiFixtures.services();
        kase = UiFixtures.newCase(services, "Trata en Cúcuta", "Cúcuta", CaseStatus.Active, OffenceType.HumanTrafficking);
        yuliana = services.persons().create(PersonServiceTest.person("Yuliana", "Ortiz Beltrán",
                LocalDate.of(2009, 4, 2), List.of("VE")));
        services.roles().add(RoleLink.of(kase.id(), yuliana.id(), CaseRole.VICTIM, null));
        services.accounts().add("ivan", "Iván Rojas", EnumSet.of(Role.INVESTIGATOR), UiFixtures.PASSWORD.toCharArray());
        services.accounts().signIn("ivan", UiFixtures.PASSWORD.toCharArray());
        runner = new FxTaskRunner();
        Messages m = new Messages(Locale.ENGLISH);
        UiFactory factory = new UiFactory(services, runner, m, new RecordingDialogs(), UiFixtures.CLOCK,
                new SettingsService(settingsDir));
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

    @Test
    void theFormSaysASupervisorCanRevealAndOffersNoReveal(FxRobot robot) throws Exception {
        String pseudonym = Pseudonym.of(yuliana.id(), "Yuliana", "Ortiz Beltrán");
        robot.interact(() -> main.openPerson(yuliana.id()));
        TabPane tabs = robot.lookup("#person-tabs").queryAs(TabPane.class);
        waitUntil(() -> tabs.getTabs().size() == 2 && pseudonym.equals(tabs.getTabs().get(1).getText()));
        waitUntil(() -> robot.lookup("#person-hidden").query().isVisible());
        assertThat(robot.lookup("#person-hidden-text").queryAs(Label.class).getText())
                .isEqualTo("Identity hidden: this person is a victim. A supervisor can reveal it.");
        assertThat(robot.lookup("#person-reveal").tryQuery()).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = new java.util.ArrayList<>();
        robot.interact(() -> texts.addAll(IdentityMaskingUiTest.texts(robot.lookup("#person-tabs").query())));
        assertThat(texts).contains(pseudonym).noneMatch(t -> t.contains("Yuliana") || t.contains("Ortiz"));

        robot.interact(() -> main.cases().open(kase.id()));
        robot.clickOn("#nav-cases");
        waitUntil(() -> robot.lookup("#case-tab-people").tryQuery().isPresent());
        robot.clickOn("#case-tab-people");
        waitUntil(() -> robot.lookup("#case-people-table").tryQuery()
                .map(n -> ((TableView<?>) n).getItems().size() == 1).orElse(false));
        assertThat(robot.lookup("#case-people-reveal").query().isVisible()).isFalse();
    }
}
