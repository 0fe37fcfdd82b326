package org.vigia.ui.imports;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.vigia.l10n.Messages;
import org.vigia.service.imports.ImportMode;

/** The import dialog (File > Import cases… / Import people…): file, mode, Start, progress, Cancel, report. */
public final class ImportView extends VBox {
    private final ImportViewModel vm;

    public ImportView(ImportViewModel vm, Messages m) {
        super(10);
        this.vm = vm;
        setId("import-view");
        getStyleClass().add("import-view");
        setPadding(new Insets(12));
        setPrefWidth(720);
        Label help = new Label(m.get(vm.key("help")));
        help.getStyleClass().add("help-text");
        help.setWrapText(true);

        Label file = new Label();
        file.setId("import-file");
        file.textProperty().bind(Bindings.createStringBinding(vm::fileText, vm.fileProperty()));
        Button choose = new Button(m.get("import.choose"));
        choose.setId("import-choose");
        choose.setOnAction(e -> vm.chooseFile());
        choose.disableProperty().bind(vm.runningProperty());
        HBox fileRow = new HBox(8, new Label(m.get("import.file")), file, choose);
        HBox.setHgrow(file, Priority.ALWAYS);
        file.setMaxWidth(Double.MAX_VALUE);

        ToggleGroup modes = new ToggleGroup();
        RadioButton all = mode(m, ImportMode.ALL_OR_NOTHING, "import-mode-all", modes);
        RadioButton skip = mode(m, ImportMode.SKIP_BAD_ROWS, "import-mode-skip", modes);
        modes.selectToggle(vm.modeProperty().get() == ImportMode.SKIP_BAD_ROWS ? skip : all);
        modes.selectedToggleProperty().addListener((o, a, n) -> {
            if (n != null) {
                vm.modeProperty().set((ImportMode) n.getUserData());
            }
        });
        VBox modeBox = new VBox(4, new Label(m.get("import.mode")), all, skip);

        Button start = new Button(m.get("import.start"));
        start.setId("import-start");
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.canStart().not());
        start.setOnAction(e -> vm.start());
        ProgressBar progress = new ProgressBar();
        progress.setId("import-progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Button cancel = new Button(m.get("import.cancel"));
        cancel.setId("import-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        HBox runRow = new HBox(8, start, progress, cancel);

        Label summary = new Label();
        summary.setId("import-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());

        TableView<ImportViewModel.Rejected> table = new TableView<>(vm.rejected());
        table.setId("import-rejected");
        table.setPlaceholder(new Label(""));
        table.getColumns().add(column(m.get("import.col.line"), r -> String.valueOf(r.line()), 70));
        table.getColumns().add(column(m.get("import.col.ref"), ImportViewModel.Rejected::externalRef, 150));
        table.getColumns().add(column(m.get("import.col.reason"), ImportViewModel.Rejected::reason, 460));
        table.setPrefHeight(260);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(help, fileRow, modeBox, runRow, summary, table);
        if (!"cases".equals(vm.kind())) {
            TableView<ImportViewModel.Rejected> notes = new TableView<>(vm.notices());
            notes.setId("import-notices");
            notes.setPlaceholder(new Label(""));
            notes.getColumns().add(column(m.get("import.col.line"), r -> String.valueOf(r.line()), 70));
            notes.getColumns().add(column(m.get("import.col.ref"), ImportViewModel.Rejected::externalRef, 150));
            notes.getColumns().add(column(m.get("import.people.col.notice"), ImportViewModel.Rejected::reason, 460));
            notes.setPrefHeight(140);
            getChildren().add(notes);
        }
    }

    private static RadioButton mode(Messages m, ImportMode mode, String id, ToggleGroup group) {
        RadioButton b = new RadioButton(m.get("import.mode." + mode.name()));
        b.setId(id);
        b.setUserData(mode);
        b.setToggleGroup(group);
        return b;
    }

    private static TableColumn<ImportViewModel.Rejected, String> column(
            String title, java.util.function.Function<ImportViewModel.Rejected, String> value, double width) {
        TableColumn<ImportViewModel.Rejected, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new javafx.beans.property.SimpleStringProperty(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    public ImportViewModel viewModel() {
        return vm;
    }

    /** Opens the dialog over {@code owner}; closing it while an import runs cancels the import. */
    public static Dialog<ButtonType> show(Window owner, ImportViewModel vm, Messages m) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(m.get(vm.key("title")));
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(m.get("import.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(new ImportView(vm, m));
        dialog.setOnCloseRequest(e -> vm.cancel());
        dialog.show();
        return dialog;
    }
}
