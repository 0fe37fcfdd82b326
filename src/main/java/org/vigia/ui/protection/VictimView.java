package org.vigia.ui.protection;

import java.util.List;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.model.VictimProtection;

/**
 * One victim: the header (pseudonym, case, sex, age or minor, current status, follow-up,
 * guardian), then a tab pane ({@code victim-sections}) whose first tab, "History", holds the
 * actions, the form on show and the timeline; further sections follow it.
 */
final class VictimView extends BorderPane {
    private final VictimViewModel vm;
    private final Messages m;
    private final GridPane header = new GridPane();
    private final TabPane sections = new TabPane();

    private final org.vigia.ui.common.RevealIdentity reveal;
    private final Runnable onRevealed;

    VictimView(VictimViewModel vm, Messages m, List<VictimSection> more) {
        this(vm, m, more, null, () -> { });
    }

    /** With {@code reveal} (null: none), a hidden victim's header offers "Reveal identity…". */
    VictimView(VictimViewModel vm, Messages m, List<VictimSection> more, org.vigia.ui.common.RevealIdentity reveal,
               Runnable onRevealed) {
        this.vm = vm;
        this.m = m;
        this.reveal = reveal;
        this.onRevealed = onRevealed;
        getStyleClass().add("victim-view");
        header.setId("victim-header");
        header.getStyleClass().add("victim-header");
        header.setHgap(16);
        header.setVgap(4);
        header.setPadding(new Insets(12, 16, 8, 16));
        setTop(header);
        sections.setId("victim-sections");
        sections.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab history = new Tab(m.get("protection.tab.history"), history());
        history.setId("victim-tab-history");
        sections.getTabs().add(history);
        for (VictimSection s : more) {
            sections.getTabs().add(section(s));
        }
        setCenter(sections);
        vm.victimProperty().addListener((o, a, v) -> showHeader(v));
        showHeader(vm.victimProperty().get());
    }

    private Tab section(VictimSection s) {
        Tab tab = new Tab(s.title());
        tab.setId(s.id());
        StackPane holder = new StackPane();
        tab.setContent(holder);
        tab.selectedProperty().addListener((o, a, selected) -> {
            UUID id = vm.linkId();
            if (selected && id != null && tab.getUserData() == null) {
                tab.setUserData(id);
                holder.getChildren().setAll(s.content().apply(id));
            }
        });
        return tab;
    }

    private VBox history() {
        Button add = action("protection-add-entry", "protection.action.add", "mdi2p-plus-circle-outline", vm::startAdd);
        add.getStyleClass().add("accent");
        Button correct = action("protection-correct", "protection.action.correct", "mdi2p-pencil-outline",
                vm::startCorrect);
        Button followUp = action("protection-follow-up", "protection.action.followUp", "mdi2c-calendar-clock",
                vm::startFollowUp);
        Button guardian = action("protection-guardian", "protection.action.guardian", "mdi2a-account-child-outline",
                vm::startGuardian);
        HBox actions = new HBox(8, add, correct, followUp, guardian);
        actions.setId("protection-actions");
        actions.setAlignment(Pos.CENTER_LEFT);
        boolean write = vm.canWrite();
        actions.setVisible(write);
        actions.setManaged(write);
        correct.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.victimProperty().get() == null || vm.victimProperty().get().latest() == null,
                vm.victimProperty()));
        Label message = new Label();
        message.setId("protection-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        ListView<org.vigia.model.ProtectionEntry> timeline = new ListView<>(vm.entries());
        timeline.setId("protection-timeline");
        timeline.getStyleClass().add("protection-timeline");
        timeline.setPlaceholder(new Label(m.get("protection.timeline.empty")));
        timeline.setCellFactory(lv -> new TimelineCell(m, vm));
        VBox.setVgrow(timeline, Priority.ALWAYS);
        VBox box = new VBox(8, actions, new VictimForms(vm, m), message, timeline);
        box.setPadding(new Insets(12, 16, 12, 16));
        return box;
    }

    private Button action(String id, String key, String icon, Runnable run) {
        Button b = new Button(m.get(key), new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> run.run());
        return b;
    }

    private void showHeader(VictimProtection v) {
        header.getChildren().clear();
        if (v == null) {
            return;
        }
        Label name = new Label(v.displayName());
        name.setId("victim-name");
        name.getStyleClass().add("title-3");
        header.add(name, 0, 0, 2, 1);
        HBox badges = new HBox(6);
        if (v.priority()) {
            badges.getChildren().add(VictimTable.badge(m.get("protection.badge.minor"), "badge-minor"));
        }
        if (v.guardianMissing()) {
            badges.getChildren().add(VictimTable.badge(m.get("protection.badge.noGuardian"), "badge-no-guardian"));
        }
        if (v.overdue()) {
            badges.getChildren().add(VictimTable.badge(m.get("protection.badge.overdue"), "badge-overdue"));
        }
        if (v.masked()) {
            badges.getChildren().add(VictimTable.badge(m.get("identity.hidden.short"), "badge-hidden"));
            if (reveal != null && reveal.allowed()) {
                Button show = new Button(m.get("identity.reveal"));
                show.setId("victim-reveal");
                show.setOnAction(e -> reveal.ask(v.personId(), v.displayName(), () -> {
                    vm.reload();
                    onRevealed.run();
                }));
                badges.getChildren().add(show);
            }
        }
        header.add(badges, 2, 0, 2, 1);
        row(1, 0, "protection.victim.case", v.caseNumber(), "victim-case");
        row(1, 2, "protection.victim.sex", m.label("gender", v.gender()), "victim-sex");
        row(2, 0, "protection.victim.age", age(v), "victim-age");
        row(2, 2, "protection.victim.status", m.get("protection.victim.since", m.label("protection.status", v.status()),
                m.date(v.statusOn()), m.get("protection.days", java.time.temporal.ChronoUnit.DAYS.between(v.statusOn(),
                        vm.today()))), "victim-status");
        String follow = v.followUpOn() == null ? m.get("protection.victim.followUpNone")
                : v.overdue() ? m.get("protection.victim.followUpOverdue", m.date(v.followUpOn()))
                : m.date(v.followUpOn());
        if (v.followUpNote() != null) {
            follow += " \u2013 " + v.followUpNote();
        }
        Label f = row(3, 0, "protection.victim.followUp", follow, "victim-follow-up");
        if (v.overdue()) {
            f.getStyleClass().add("follow-up-overdue");
        }
        String guardian = v.guardian().present() ? join(v.guardian().name(), v.guardian().relation(), v.guardian().contact())
                : m.get(v.guardianMissing() ? "protection.victim.guardianMissing" : "protection.victim.guardianNone");
        Label g = row(3, 2, "protection.victim.guardian", guardian, "victim-guardian");
        if (v.guardianMissing()) {
            g.getStyleClass().add("warning-text");
        }
        if (v.version() == VictimProtection.NOT_RECORDED) {
            Label implicit = new Label(m.get("protection.victim.implicit"));
            implicit.getStyleClass().add("help-text");
            header.add(implicit, 0, 4, 4, 1);
        }
    }

    private String age(VictimProtection v) {
        String minor = v.minor() == null ? m.get("protection.victim.ageUnknown")
                : m.get(v.minor() ? "protection.victim.minor" : "protection.victim.adult");
        return v.age() == null ? minor : m.get("protection.victim.ageYears", v.age()) + " \u2013 " + minor;
    }

    private static String join(String... parts) {
        return String.join(" \u00b7 ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }

    private Label row(int row, int col, String key, String value, String id) {
        Label label = new Label(m.get(key));
        label.getStyleClass().add("text-muted");
        Label text = new Label(value);
        text.setId(id);
        text.setWrapText(true);
        header.add(label, col, row);
        header.add(text, col + 1, row);
        return text;
    }

    TabPane sections() {
        return sections;
    }
}
