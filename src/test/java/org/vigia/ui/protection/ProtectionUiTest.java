package org.vigia.ui.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.db.schema.Tables.CASE_FILE;
import static org.vigia.db.schema.Tables.CASE_ROLE;
import static org.vigia.db.schema.Tables.PERSON;
import static org.vigia.db.schema.Tables.VICTIM_PROTECTION;
import static org.vigia.ui.FxTestBase.waitUntil;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vigia.app.AppServices;
import org.vigia.l10n.Messages;
import org.vigia.model.Ages;
import org.vigia.model.ProtectionCounts.StatusCount;
import org.vigia.model.ProtectionRow;
import org.vigia.model.ProtectionStatus;
import org.vigia.service.settings.SettingsService;
import org.vigia.ui.MainWindow;
import org.vigia.ui.RecordingDialogs;
import org.vigia.ui.UiFactory;
import org.vigia.ui.UiFixtures;
import org.vigia.ui.common.FxTaskRunner;

/**
 * The Victim protection area headless on the demo data set: the counts shown equal counts made
 * here from the rows, the filters change them, a victim opens in a tab with the history, and no
 * victim's real name shows anywhere (pseudonyms only). Set VIGIA_SCREENSHOTS to a folder to
 * write the view as victim-protection.png.
 */
@ExtendWith(ApplicationExtension.class)
class ProtectionUiTest {
    @TempDir
    static Path settingsDir;
    private static AppServices services;
    private final Messages en = new Messages(Locale.ENGLISH);
    private FxTaskRunner runner;
    private Stage stage;

    @BeforeAll
    static void demo() {
        services = UiFixtures.services();
        services.demo().load((done, total) -> { });
    }

    @AfterAll
    static void closeServices() {
        services.close();
    }

    private RecordingDialogs dialogs;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        runner = new FxTaskRunner();
        dialogs = new RecordingDialogs();
        UiFactory factory = new UiFactory(services, runner, en, dialogs, UiFixtures.CLOCK,
                new SettingsService(settingsDir));
        MainWindow main = factory.mainWindow(UiFixtures.site(services), stage, () -> { });
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(main, 1280, 800);
        scene.getStylesheets().add(org.vigia.ui.VigiaApp.class.getResource("vigia.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() {
        runner.close();
    }

    /** One live victim as counted here, independently of the view's SQL. */
    private record Victim(String status, String gender, Boolean minor, String given, String family) {
    }

    private List<Victim> victims() {
        LocalDate today = LocalDate.now(UiFixtures.CLOCK);
        return services.context().dsl().select(DSL.coalesce(VICTIM_PROTECTION.STATUS, DSL.inline("IDENTIFIED")),
                        PERSON.GENDER, PERSON.BIRTH_DATE, PERSON.AGE_YEARS, PERSON.AGE_ON, CASE_ROLE.IDENTIFIED_ON,
                        CASE_ROLE.DETECTED_ON, PERSON.GIVEN_NAMES, PERSON.FAMILY_NAMES)
                .from(CASE_ROLE).join(CASE_FILE).on(CASE_FILE.ID.eq(CASE_ROLE.CASE_ID))
                .join(PERSON).on(PERSON.ID.eq(CASE_ROLE.PERSON_ID))
                .leftJoin(VICTIM_PROTECTION).on(VICTIM_PROTECTION.CASE_ROLE_ID.eq(CASE_ROLE.ID))
                .where(CASE_ROLE.ROLE.eq("VICTIM").and(CASE_ROLE.DELETED_AT.isNull()).and(CASE_FILE.DELETED_AT.isNull()))
                .fetch(r -> {
                    LocalDate on = r.value6() != null ? r.value6() : r.value7() != null ? r.value7() : today;
                    return new Victim(r.value1(), r.value2(), Ages.minorOn(r.value3(), r.value4(), r.value5(), on),
                            r.value8(), r.value9());
                });
    }

    private static String cell(TableView<StatusCount> table, int row, String columnId) {
        return table.getColumns().stream().filter(c -> columnId.equals(c.getId())).findFirst().orElseThrow()
                .getCellData(row).toString();
    }

    @SuppressWarnings("unchecked")
    private TableView<StatusCount> counts(FxRobot robot) {
        return robot.lookup("#protection-counts").queryAs(TableView.class);
    }

    @Test
    void theCountsShownAreTheVictimsCountedHereAndOnlyPseudonymsShow(FxRobot robot) throws Exception {
        List<Victim> all = victims();
        robot.clickOn("#nav-protection");
        String expectedTotal = en.get("protection.total", all.size());
        waitUntil(() -> expectedTotal.equals(robot.lookup("#protection-total").queryLabeled().getText()));
        TableView<StatusCount> table = counts(robot);
        waitUntil(() -> table.getItems().size() == ProtectionStatus.values().length + 1);
        // every status is represented in the demo set; the last row adds them up
        Map<ProtectionStatus, int[]> expected = new EnumMap<>(ProtectionStatus.class);
        for (Victim v : all) {
            int[] c = expected.computeIfAbsent(ProtectionStatus.valueOf(v.status()), s -> new int[6]);
            c[0]++;
            c["Feminine".equals(v.gender()) ? 1 : "Masculine".equals(v.gender()) ? 2 : 3]++;
            c[Boolean.TRUE.equals(v.minor()) ? 4 : Boolean.FALSE.equals(v.minor()) ? 5 : 0] += v.minor() == null ? 0 : 1;
        }
        assertThat(expected).hasSize(ProtectionStatus.values().length);
        for (int row = 0; row < ProtectionStatus.values().length; row++) {
            ProtectionStatus s = ProtectionStatus.values()[row];
            int[] c = expected.get(s);
            assertThat(cell(table, row, "counts-status")).isEqualTo(en.label("protection.status", s));
            assertThat(List.of(cell(table, row, "counts-total"), cell(table, row, "counts-women"),
                    cell(table, row, "counts-men"), cell(table, row, "counts-other-sex"),
                    cell(table, row, "counts-minors"), cell(table, row, "counts-adults")))
                    .as(s.name()).containsExactly(en.number(c[0]), en.number(c[1]), en.number(c[2]),
                            en.number(c[3]), en.number(c[4]), en.number(c[5]));
        }
        int last = ProtectionStatus.values().length;
        assertThat(cell(table, last, "counts-total")).isEqualTo(en.number(all.size()));
        long minors = all.stream().filter(v -> Boolean.TRUE.equals(v.minor())).count();
        assertThat(cell(table, last, "counts-minors")).isEqualTo(en.number(minors));

        // minors first, with their badge
        @SuppressWarnings("unchecked")
        TableView<ProtectionRow> victims = robot.lookup("#protection-table").queryAs(TableView.class);
        waitUntil(() -> victims.getItems().size() == all.size() && victims.getItems().get(0) != null);
        assertThat(victims.getItems().get(0).minor()).isTrue();
        waitUntil(() -> robot.lookup(".badge-minor").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertNoRealName(robot, all);
        screenshot(robot.lookup("#protection-tabs").query(), "victim-protection.png");

        // the minors-only filter changes the counts and the list
        ComboBox<Boolean> minor = robot.lookup("#protection-filter-minor").queryComboBox();
        robot.interact(() -> minor.setValue(true));
        String minorsTotal = en.get("protection.total", minors);
        waitUntil(() -> minorsTotal.equals(robot.lookup("#protection-total").queryLabeled().getText()));
        waitUntil(() -> cell(table, table.getItems().size() - 1, "counts-total").equals(en.number(minors)));
        assertThat(cell(table, table.getItems().size() - 1, "counts-adults")).isEqualTo("0");
        robot.clickOn("#protection-filter-clear");
        waitUntil(() -> expectedTotal.equals(robot.lookup("#protection-total").queryLabeled().getText()));
    }

    @Test
    void aVictimOpensWithTheHistoryAndAFormRefusesBadInputInline(FxRobot robot) throws Exception {
        robot.clickOn("#nav-protection");
        @SuppressWarnings("unchecked")
        TableView<ProtectionRow> victims = robot.lookup("#protection-table").queryAs(TableView.class);
        waitUntil(() -> !victims.getItems().isEmpty() && victims.getItems().get(0) != null);
        ProtectionRow first = victims.getItems().get(0);
        robot.interact(() -> {
            victims.requestFocus();
            victims.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        TabPane tabs = robot.lookup("#protection-tabs").queryAs(TabPane.class);
        waitUntil(() -> tabs.getTabs().size() == 2);
        waitUntil(() -> robot.lookup("#victim-name").tryQuery().isPresent());
        assertThat(robot.lookup("#victim-name").queryLabeled().getText()).isEqualTo(first.displayName());
        assertThat(tabs.getTabs().get(1).getText()).contains(first.caseNumber()).contains(first.displayName());
        TabPane sections = robot.lookup("#victim-sections").queryAs(TabPane.class);
        assertThat(sections.getTabs().get(0).getId()).isEqualTo("victim-tab-history");
        var entries = services.protection().get(first.linkId()).entries();
        assertThat(robot.lookup("#protection-timeline").queryListView().getItems()).hasSize(entries.size());

        robot.clickOn("#protection-add-entry");
        waitUntil(() -> robot.lookup("#protection-form-save").tryQuery().isPresent());
        var before = services.protection().get(first.linkId());
        robot.clickOn("#protection-form-save");
        waitUntil(() -> "required".equals(robot.lookup("#protection-error-status").queryLabeled().getText()));
        assertThat(services.protection().get(first.linkId())).isEqualTo(before);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#protection-form-save").tryQuery().isEmpty());
        assertThat(sections.getTabs()).extracting(javafx.scene.control.Tab::getId).containsExactly(
                "victim-tab-history", "victim-tab-services", "victim-tab-plan", "victim-tab-consent");
        int referrals = services.care().referrals().list(first.linkId()).size();
        assertThat(referrals).as("the demo refers its victims to services").isPositive();
        robot.interact(() -> sections.getSelectionModel().select(1));
        waitUntil(() -> robot.lookup("#referral-table").tryQuery().isPresent());
        TableView<?> referralTable = robot.lookup("#referral-table").queryAs(TableView.class);
        waitUntil(() -> referralTable.getItems().size() == referrals);
        assertNoRealName(robot, victims());
        if (System.getenv("VIGIA_SCREENSHOTS") != null) { // a victim with a corrected entry, for the eye
            java.util.UUID corrected = services.context().dsl().select(org.vigia.db.schema.Tables.PROTECTION_ENTRY.CASE_ROLE_ID)
                    .from(org.vigia.db.schema.Tables.PROTECTION_ENTRY)
                    .where(org.vigia.db.schema.Tables.PROTECTION_ENTRY.CORRECTS_ENTRY_ID.isNotNull()).limit(1).fetchOne(0,
                            java.util.UUID.class);
            ProtectionView area = (ProtectionView) tabs.getParent();
            robot.interact(() -> area.open(corrected));
            waitUntil(() -> tabs.getTabs().size() == 3);
            robot.clickOn("#protection-guardian");
            WaitForAsyncUtils.waitForFxEvents();
            screenshot(tabs, "victim-protection-victim.png");
        }
    }

    @Test
    void aSupervisorRevealsAVictimWithAReasonAndTheAuditKeepsIt(FxRobot robot) throws Exception {
        robot.clickOn("#nav-protection");
        @SuppressWarnings("unchecked")
        TableView<ProtectionRow> victims = robot.lookup("#protection-table").queryAs(TableView.class);
        waitUntil(() -> !victims.getItems().isEmpty() && victims.getItems().get(0) != null);
        ProtectionRow first = victims.getItems().get(0);
        var person = services.context().dsl().selectFrom(org.vigia.db.schema.Tables.PERSON)
                .where(org.vigia.db.schema.Tables.PERSON.ID.eq(first.personId())).fetchOne();
        String realName = (person.getGivenNames() + " " + person.getFamilyNames()).strip();
        try {
            robot.interact(() -> {
                victims.requestFocus();
                victims.getSelectionModel().select(0);
            });
            robot.type(KeyCode.ENTER);
            waitUntil(() -> robot.lookup("#victim-reveal").tryQuery().isPresent());
            assertThat(robot.lookup("#victim-name").queryLabeled().getText()).isEqualTo(first.displayName());
            long before = services.context().dsl().fetchCount(org.vigia.db.schema.Tables.AUDIT_EVENT);
            dialogs.answer = null; // cancelled: nothing shown, nothing recorded
            robot.clickOn("#victim-reveal");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#victim-name").queryLabeled().getText()).isEqualTo(first.displayName());
            assertThat(services.context().dsl().fetchCount(org.vigia.db.schema.Tables.AUDIT_EVENT)).isEqualTo(before);
            dialogs.answer = "Shelter intake needs the full name";
            robot.clickOn("#victim-reveal");
            waitUntil(() -> realName.equals(robot.lookup("#victim-name").queryLabeled().getText()));
            assertThat(robot.lookup("#victim-reveal").tryQuery()).isEmpty();
            var event = services.context().dsl().selectFrom(org.vigia.db.schema.Tables.AUDIT_EVENT)
                    .orderBy(org.vigia.db.schema.Tables.AUDIT_EVENT.SEQ.desc()).limit(1).fetchOne();
            assertThat(event.getAction()).isEqualTo("IDENTITY_REVEAL");
            assertThat(event.getEntityId()).isEqualTo(first.personId());
            assertThat(event.getSummary()).contains("Shelter intake").doesNotContain(person.getFamilyNames());
        } finally {
            services.context().forgetReveals();
        }
    }

    private void assertNoRealName(FxRobot robot, List<Victim> all) {
        Set<String> names = new HashSet<>(); // every word of every victim's names ("Da" of "Da Silva" aside)
        for (Victim v : all) {
            for (String word : (v.given() + " " + v.family()).split("\\s+")) {
                if (word.length() > 2) {
                    names.add(word);
                }
            }
        }
        List<String> shown = robot.lookup(n -> n instanceof Labeled && n.getScene() != null && n.isVisible())
                .queryAllAs(Labeled.class).stream().map(Labeled::getText).filter(t -> t != null && !t.isBlank())
                .toList();
        assertThat(shown).as("texts on screen").isNotEmpty();
        for (String text : shown) {
            assertThat(text.split("[^\\p{L}-]+")).as("words of \"%s\"", text).doesNotContainAnyElementsOf(names);
        }
        assertThat(shown).anyMatch(t -> t.contains(" \u00b7 ")); // pseudonyms do show
    }

    /** Writes {@code node} as a PNG into VIGIA_SCREENSHOTS when that is set. */
    private static void screenshot(Node node, String name) throws Exception {
        String dir = System.getenv("VIGIA_SCREENSHOTS");
        if (dir == null || dir.isBlank()) {
            return;
        }
        javafx.scene.image.WritableImage[] img = new javafx.scene.image.WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> img[0] = node.getScene().snapshot(null)).get();
        int w = (int) img[0].getWidth();
        int h = (int) img[0].getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        var reader = img[0].getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        Files.createDirectories(Path.of(dir));
        javax.imageio.ImageIO.write(out, "png", Path.of(dir, name).toFile());
    }
}
