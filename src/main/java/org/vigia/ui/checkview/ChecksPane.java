package org.vigia.ui.checkview;

import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.model.CheckLine;

/** The checks of the selected control (paged), and the "Open case from check…" form in their place. */
final class ChecksPane extends StackPane {
    private final ControlChecksViewModel vm;
    private final CheckToCasePane toCasePane;
    private final VBox list;

    ChecksPane(ControlChecksViewModel vm, CheckToCaseViewModel toCase, Messages m, CheckLabels labels, ZoneId zone) {
        this.vm = vm;
        setId("checkview-checks-pane");
        TableView<CheckLine> table = new TableView<>(vm.rows());
        table.setId("checkview-checks");
        table.setPlaceholder(new Label(m.get("checkview.checks.none")));
        Columns.text(table, m.get("checkview.col.checkedAt"), 170, c -> m.dateTime(c.checkedAt(), zone));
        Columns.text(table, m.get("checkview.col.name"), 180, CheckLine::name);
        Columns.text(table, m.get("checkview.col.nationality"), 110, c -> c.nationality() == null ? "" : m.country(c.nationality()));
        Columns.text(table, m.get("checkview.col.minor"), 60, c -> c.minor() == null ? "" : m.get(c.minor() ? "common.yes" : "common.no"));
        Columns.text(table, m.get("checkview.col.document"), 170, c -> c.docNumber() == null ? ""
                : String.join(" \u00b7 ", c.docNumber(), c.docCountry() == null ? "" : c.docCountry()));
        Columns.marked(table, m.get("checkview.col.result"), 130, c -> labels.result(c.result()),
                c -> !"NO_HIT".equals(c.result()), "checkview-hit");
        Columns.text(table, m.get("checkview.col.action"), 200, c -> labels.action(c.action()));
        Columns.marked(table, m.get("checkview.col.watchHits"), 110, c -> c.hits() == 0 ? ""
                : c.lateHits() == 0 ? m.number(c.hits()) : m.get("checkview.hitsLate", c.hits(), c.lateHits()),
                c -> c.lateHits() > 0, "checkview-late");
        Columns.text(table, m.get("checkview.col.case"), 90, c -> c.linked() ? m.get("checkview.caseOpened") : "");
        table.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> vm.selectedProperty().set(c));
        Label title = new Label();
        title.setId("checkview-checks-title");
        title.getStyleClass().add("checkview-pane-title");
        title.textProperty().bind(Bindings.when(vm.titleProperty().isEmpty())
                .then(m.get("checkview.checks.pick")).otherwise(vm.titleProperty()));
        Button open = new Button(m.get("checkview.openCase"), new FontIcon("mdi2f-folder-plus"));
        open.setId("checkview-open-case");
        open.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.canOpenCase(vm.selectedProperty().get()),
                vm.selectedProperty()));
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        HBox.setHgrow(error, Priority.ALWAYS);
        HBox bar = new HBox(8, title, error, open);
        bar.setAlignment(Pos.CENTER_LEFT);
        list = new VBox(2, bar, table);
        list.setPadding(new Insets(0, 8, 8, 8));
        VBox.setVgrow(table, Priority.ALWAYS);
        toCasePane = new CheckToCasePane(toCase, m, this::closeForm, result -> {
            closeForm();
            vm.reload(); // the figures do not change: the check only gains its person and link
        });
        toCasePane.setVisible(false);
        StackPane.setAlignment(toCasePane, Pos.TOP_LEFT);
        open.setOnAction(e -> openForm());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !open.isDisabled()) {
                openForm();
                e.consume();
            }
        });
        getChildren().addAll(list, toCasePane);
    }

    private void openForm() {
        CheckLine line = vm.selectedProperty().get();
        if (!vm.canOpenCase(line)) {
            return;
        }
        toCasePane.start(line.id());
        list.setVisible(false);
        toCasePane.setVisible(true);
    }

    private void closeForm() {
        toCasePane.setVisible(false);
        StackPane.setAlignment(toCasePane, Pos.TOP_LEFT);
        list.setVisible(true);
        lookup("#checkview-checks").requestFocus();
    }
}
