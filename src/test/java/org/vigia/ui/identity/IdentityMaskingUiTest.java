package org.vigia.ui.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.ui.FxTestBase.waitUntil;

import atlantafx.base.theme.PrimerLight;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
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
import org.vigia.model.OffenceType;
import org.vigia.model.Person;
import org.vigia.model.Pseudonym;
import org.vigia.model.RoleLink;
import org.vigia.model.Seizure;
import org.vigia.model.SeizureType;
import org.vigia.service.persons.IdentityService;
import org.vigia.service.persons.PersonServiceTest;
import org.vigia.service.settings.SettingsService;
import org.vigia.ui.MainWindow;
import org.vigia.ui.RecordingDialogs;
import org.vigia.ui.UiFactory;
import org.vigia.ui.UiFixtures;
import org.vigia.ui.common.FxTaskRunner;

/**
 * A victim's name never reaches the screen before a reveal: the people list, a person's tab and
 * form, the likely matches, a case's People tab and its seizures show her pseudonym (every text of
 * the scene is scanned); after "Reveal identity…" (a reason given) the real name appears.
 */
@ExtendWith(ApplicationExtension.class)
class IdentityMaskingUiTest {
    private static final List<String> SECRETS = List.of("Yuliana", "Ortiz", "Beltrán", "PA4471902");
    /** Where to write PNG snapshots of the screens (a folder), when asked with -Dvigia.snapshots=DIR. */
    private static final String SNAPSHOTS = System.getProperty("vigia.snapshots");

    @TempDir
    static Path settingsDir;

    private AppServices services;
    private FxTaskRunner runner;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MainWindow main;
    private Stage stage;
    private CaseFile kase;
    private Person yuliana;
    private String pseudonym;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = UiFixtures.services();
        kase = UiFixtures.newCase(services, "Trata en Cúcuta", "Cúcuta", CaseStatus.Active, OffenceType.HumanTrafficking);
        yuliana = services.persons().create(PersonServiceTest.person("Yuliana", "Ortiz Beltrán",
                LocalDate.of(2009, 4, 2), List.of("VE"), PersonServiceTest.passport("PA4471902", "VE")));
        pseudonym = Pseudonym.of(yuliana.id(), "Yuliana", "Ortiz Beltrán");
        Person luis = services.persons().create(PersonServiceTest.person("Luis", "Peña", LocalDate.of(1980, 1, 1),
                List.of("CO")));
        services.roles().add(RoleLink.of(kase.id(), yuliana.id(), CaseRole.VICTIM, null));
        services.roles().add(RoleLink.of(kase.id(), luis.id(), CaseRole.SUSPECT, null));
        services.seizures().add(new Seizure(null, 0, kase.id(), SeizureType.Cash, null, new BigDecimal("300"), "USD",
                "Cash in her bag", LocalDate.of(2026, 11, 20), "CO", null, yuliana.id(), null, null));
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

    /** Every text the scene shows: labels, buttons, cells, tab titles, fields. */
    static List<String> texts(Node node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(Node node, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (node instanceof TextInputControl t && t.getText() != null) {
            out.add(t.getText());
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    private List<String> shown(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = new ArrayList<>();
        robot.interact(() -> texts.addAll(texts(stage.getScene().getRoot())));
        return texts;
    }

    private void assertNoRealName(FxRobot robot, String where) {
        assertThat(shown(robot)).as(where).noneMatch(t -> SECRETS.stream().anyMatch(t::contains));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Object> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    private void snapshot(FxRobot robot, String name) {
        if (SNAPSHOTS == null) {
            return;
        }
        robot.interact(() -> {
            javafx.scene.image.WritableImage image = stage.getScene().snapshot(null);
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            java.awt.image.BufferedImage png = new java.awt.image.BufferedImage(w, h,
                    java.awt.image.BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    png.setRGB(x, y, image.getPixelReader().getArgb(x, y));
                }
            }
            try {
                java.nio.file.Files.createDirectories(Path.of(SNAPSHOTS));
                javax.imageio.ImageIO.write(png, "png", Path.of(SNAPSHOTS, name + ".png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void thePeopleListTheTabAndTheFormShowThePseudonymUntilRevealed(FxRobot robot) throws Exception {
        robot.clickOn("#nav-people");
        waitUntil(() -> "2 persons".equals(text(robot, "#person-total")));
        assertThat(shown(robot)).contains(pseudonym, "Peña", "Luis");
        assertNoRealName(robot, "the people list");
        snapshot(robot, "people-list-masked");

        robot.clickOn("#person-search").write("ortiz").type(KeyCode.ENTER); // found by her real name
        waitUntil(() -> "1 person".equals(text(robot, "#person-total")));
        robot.clickOn("#person-table").type(KeyCode.DOWN).type(KeyCode.ENTER);
        TabPane tabs = robot.lookup("#person-tabs").queryAs(TabPane.class);
        waitUntil(() -> tabs.getTabs().size() == 2 && pseudonym.equals(tabs.getTabs().get(1).getText()));
        TextField family = robot.lookup("#person-family").queryAs(TextField.class);
        waitUntil(() -> pseudonym.equals(family.getText()));
        assertThat(family.isDisabled()).as("a hidden person is read-only").isTrue();
        assertThat(robot.lookup("#person-save").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#person-hidden").query().isVisible()).isTrue();
        assertNoRealName(robot, "the person's tab and form");
        snapshot(robot, "person-masked");

        dialogs.answer = "Hearing at the prosecutor's office";
        robot.clickOn("#person-reveal");
        waitUntil(() -> "Ortiz Beltrán".equals(family.getText()));
        assertThat(dialogs.asked).singleElement().asString().contains(pseudonym);
        assertThat(tabs.getTabs().get(1).getText()).isEqualTo("Yuliana Ortiz Beltrán");
        assertThat(family.isDisabled()).isFalse();
        assertThat(robot.lookup("#person-hidden").query().isVisible()).isFalse();
        assertThat(shown(robot)).anyMatch(t -> t.contains("PA4471902"));
        @SuppressWarnings("unchecked")
        TableView<Person> list = (TableView<Person>) (TableView<?>) table(robot, "#person-table");
        waitUntil(() -> list.getItems().size() == 1 && "Ortiz Beltrán".equals(list.getItems().get(0).familyNames()));
        assertThat(services.audit().page(0, 100)).filteredOn(e -> e.action().equals(IdentityService.ACTION))
                .singleElement().satisfies(e -> assertThat(e.summary()).contains("Hearing at the prosecutor's office")
                        .doesNotContain("Yuliana"));
    }

    @Test
    void theLikelyMatchesShowThePseudonym(FxRobot robot) throws Exception {
        robot.clickOn("#nav-people");
        robot.clickOn("#person-new");
        robot.clickOn("#person-family").write("Ortis Beltran");
        robot.clickOn("#person-given").write("Juliana");
        @SuppressWarnings("unchecked")
        ListView<Object> matches = robot.lookup("#person-matches").queryAs(ListView.class);
        waitUntil(() -> matches.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> shown(robot).contains(pseudonym));
        assertNoRealName(robot, "the match panel");
    }

    @Test
    void theCasePeopleTabAndTheSeizuresShowThePseudonymAndTheRowRevealsIt(FxRobot robot) throws Exception {
        robot.interact(() -> main.cases().open(kase.id()));
        waitUntil(() -> robot.lookup("#case-tab-people").tryQuery().isPresent());
        robot.clickOn("#case-tab-people");
        waitUntil(() -> robot.lookup("#case-people-table").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<CasePerson> people = (TableView<CasePerson>) (TableView<?>) table(robot, "#case-people-table");
        waitUntil(() -> people.getItems().size() == 2);
        waitUntil(() -> shown(robot).contains(pseudonym));
        assertNoRealName(robot, "the case's People tab");
        Button reveal = robot.lookup("#case-people-reveal").queryButton();
        robot.clickOn("Luis Peña");
        waitUntil(() -> reveal.isDisabled()); // a suspect: nothing to reveal
        robot.clickOn(pseudonym);
        waitUntil(() -> !reveal.isDisabled());
        snapshot(robot, "case-people-masked");

        robot.clickOn("#case-tab-seizures");
        waitUntil(() -> robot.lookup("#seizure-table").tryQuery().isPresent());
        TableView<Object> seizures = table(robot, "#seizure-table");
        waitUntil(() -> seizures.getItems().size() == 1);
        robot.interact(() -> seizures.getSelectionModel().select(0));
        waitUntil(() -> shown(robot).contains(pseudonym));
        assertNoRealName(robot, "the seizures");

        robot.clickOn("#case-tab-people");
        dialogs.answer = "";
        robot.clickOn(reveal);
        waitUntil(() -> dialogs.errors.size() == 1);
        assertThat(dialogs.errors.get(0)).startsWith("The identity was not revealed").contains("required");
        assertNoRealName(robot, "after a blank reason");

        dialogs.answer = "Court hearing tomorrow";
        robot.clickOn(reveal);
        waitUntil(() -> people.getItems().stream().anyMatch(r -> r.fullName().equals("Yuliana Ortiz Beltrán")));
        waitUntil(() -> shown(robot).contains("Yuliana Ortiz Beltrán"));
        assertThat(reveal.isDisabled()).isTrue();
    }
}
