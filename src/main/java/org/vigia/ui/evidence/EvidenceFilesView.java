package org.vigia.ui.evidence;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.model.EvidenceFile;
import org.vigia.ui.common.DialogService;

/** The evidence files of the selected seizure: the list, whether the chosen one matches, and its actions. */
final class EvidenceFilesView extends VBox {
    private final ListView<EvidenceFile> fileList = new ListView<>();

    EvidenceFilesView(SeizuresViewModel vm, Messages m, DialogService dialogs, SeizureText text) {
        super(6);
        Label heading = new Label(m.get("evidence.title"));
        heading.getStyleClass().addAll("title-4", "section");
        fileList.setId("evidence-list");
        fileList.setItems(vm.evidence().files());
        fileList.setPrefHeight(110);
        fileList.setPlaceholder(new Label(m.get("evidence.empty")));
        fileList.setCellFactory(lv -> SeizuresPane.cell(f -> text.file(f, vm.evidence().stateOf(f))));
        Label state = new Label();
        state.setId("evidence-state");
        state.textProperty().bind(Bindings.createStringBinding(() -> {
            EvidenceFile f = fileList.getSelectionModel().getSelectedItem();
            return f == null ? "" : text.state(vm.evidence().stateOf(f));
        }, fileList.getSelectionModel().selectedItemProperty(), vm.evidence().integrity()));
        state.getStyleClass().add("evidence-state");
        state.textProperty().addListener((o, a, b) -> {
            boolean altered = b != null && b.equals(text.state(org.vigia.model.FileIntegrity.ALTERED));
            state.getStyleClass().removeAll("danger", "success");
            state.getStyleClass().add(altered ? "danger" : "success");
        });

        BooleanBinding noFile = fileList.getSelectionModel().selectedItemProperty().isNull();
        Button attach = new Button(m.get("evidence.attach"), new FontIcon("mdi2p-paperclip"));
        attach.setId("evidence-attach");
        attach.disableProperty().bind(vm.busyProperty());
        attach.setOnAction(e -> dialogs.chooseFileToOpen(m.get("evidence.attach.title")).ifPresent(vm.evidence()::attach));
        Button copy = new Button(m.get("evidence.saveCopy"), new FontIcon("mdi2c-content-save-move"));
        copy.setId("evidence-save-copy");
        copy.disableProperty().bind(noFile.or(vm.busyProperty()));
        copy.setOnAction(e -> {
            EvidenceFile f = fileList.getSelectionModel().getSelectedItem();
            dialogs.chooseFileToSave(m.get("evidence.saveCopy.title"), f.fileName())
                    .ifPresent(p -> vm.evidence().saveCopy(f, p));
        });
        Button verify = new Button(m.get("evidence.verify"), new FontIcon("mdi2s-shield-check"));
        verify.setId("evidence-verify");
        verify.disableProperty().bind(noFile);
        verify.setOnAction(e -> vm.evidence().verify(fileList.getSelectionModel().getSelectedItem()));
        Button remove = new Button(m.get("evidence.remove"), new FontIcon("mdi2d-delete"));
        remove.setId("evidence-remove");
        remove.disableProperty().bind(noFile.or(vm.busyProperty()));
        remove.setOnAction(e -> {
            EvidenceFile f = fileList.getSelectionModel().getSelectedItem();
            if (dialogs.confirm(m.get("common.confirm"), m.get("evidence.remove.confirm", f.fileName()))) {
                vm.evidence().remove(f);
            }
        });
        SeizuresPane.showIf(vm.canWrite(), attach, remove);
        HBox buttons = new HBox(8, attach, copy, verify, remove, state);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label help = new Label(m.get("evidence.help"));
        help.getStyleClass().add("help-text");
        help.setWrapText(true);
        getChildren().addAll(heading, fileList, buttons, help);
        setPadding(new Insets(8, 16, 8, 16));
        disableProperty().bind(vm.selectedProperty().isNull());
        vm.evidence().integrity().addListener((MapChangeListener<Object, Object>) c -> fileList.refresh());
    }
}
