package org.vigia.ui.checkview;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.model.CaseRole;
import org.vigia.model.CheckCaseDraft;
import org.vigia.model.CheckCaseResult;
import org.vigia.model.Person;
import org.vigia.model.PersonMatch;
import org.vigia.ui.common.FormGrid;
import org.vigia.ui.common.Labels;

/**
 * "Open case from check": who (the person from the check, or one of the likely existing
 * matches), the role, and a new case (its title) or an existing one (its number).
 */
final class CheckToCasePane extends VBox {
    private final CheckToCaseViewModel vm;
    private final Messages m;
    private final Label summary = new Label();
    private final ComboBox<CaseRole> role = new ComboBox<>(FXCollections.observableArrayList(CheckToCaseViewModel.ROLES));

    CheckToCasePane(CheckToCaseViewModel vm, Messages m, Runnable cancel, Consumer<CheckCaseResult> done) {
        super(6);
        this.vm = vm;
        this.m = m;
        setId("checkview-case-pane");
        setPadding(new Insets(8, 12, 8, 12));
        Label title = new Label(m.get("checkview.toCase.title"));
        title.getStyleClass().add("title-4");
        summary.setId("checkview-case-summary");
        summary.setWrapText(true);
        vm.draftProperty().addListener((o, a, d) -> summary.setText(d == null ? "" : describe(d)));
        FormGrid grid = new FormGrid(m, vm.errors(), "checkview-case-error-");
        grid.setPadding(new Insets(4, 0, 0, 0));
        role.setId("checkview-case-role");
        Labels.show(role, r -> m.label("role.case", r), "");
        role.valueProperty().bindBidirectional(vm.roleProperty());
        role.setPromptText(m.get("casePeople.add.rolePrompt"));
        grid.field("role", role, null);
        grid.field("personId", personList(), m.get("checkview.toCase.personHelp"));
        grid.field("caseId", caseChoice(), null);
        Button open = new Button(m.get("checkview.toCase.open"), new FontIcon("mdi2f-folder-plus"));
        open.setId("checkview-case-open");
        open.getStyleClass().add("accent");
        open.setDefaultButton(true);
        open.disableProperty().bind(vm.busyProperty().or(vm.draftProperty().isNull()));
        open.setOnAction(e -> vm.open(done));
        Button back = new Button(m.get("common.cancel"));
        back.setId("checkview-case-cancel");
        back.setCancelButton(true);
        back.setOnAction(e -> cancel.run());
        Label message = new Label();
        message.setId("checkview-case-message");
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox bar = new HBox(8, open, back, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, summary, grid, bar);
        setMaxWidth(900);
        setAlignment(Pos.TOP_LEFT);
    }

    /** Starts on check {@code checkId}, focus on the role. */
    void start(UUID checkId) {
        vm.load(checkId);
        role.requestFocus();
    }

    private String describe(CheckCaseDraft d) {
        Person p = d.person();
        String born = p.birthDate() == null ? m.get("people.birth.unknown") : m.date(p.birthDate());
        String nat = p.citizenships().stream().map(m::country).collect(Collectors.joining(", "));
        String doc = p.documents().isEmpty() ? "" : " \u00b7 " + p.documents().get(0).number();
        return m.get("checkview.toCase.summary", p.fullName(), born, nat, doc, d.pointName(), m.date(d.checkedOn()));
    }

    /** The person: "new from the check" (the null item) then the likely matches. */
    private ListView<PersonMatch> personList() {
        ObservableList<PersonMatch> items = Labels.withNone(vm.matches());
        ListView<PersonMatch> list = new ListView<>(items);
        list.setId("checkview-case-person");
        list.setPrefHeight(130);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(PersonMatch item, boolean empty) {
                super.updateItem(item, empty);
                if (empty) {
                    setText(null);
                    return;
                }
                setText(item == null ? m.get("checkview.toCase.newPerson") : m.get("checkview.toCase.match",
                        item.fullName(), item.birthYear() == null ? m.get("people.birth.unknown")
                                : m.get("people.birth.year", String.valueOf(item.birthYear())),
                        item.reasons().stream().map(r -> m.label("matchReason", r)).collect(Collectors.joining("; "))));
            }
        });
        items.addListener((ListChangeListener<PersonMatch>) c -> list.getSelectionModel().select(0));
        list.getSelectionModel().select(0);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> vm.chosenPersonProperty().set(p));
        return list;
    }

    private VBox caseChoice() {
        ToggleGroup group = new ToggleGroup();
        RadioButton fresh = new RadioButton(m.get("checkview.toCase.newCase"));
        fresh.setId("checkview-case-new");
        fresh.setToggleGroup(group);
        RadioButton existing = new RadioButton(m.get("checkview.toCase.existingCase"));
        existing.setId("checkview-case-existing");
        existing.setToggleGroup(group);
        fresh.setSelected(!vm.existingCaseProperty().get());
        existing.setSelected(vm.existingCaseProperty().get());
        group.selectedToggleProperty().addListener((o, a, t) -> vm.existingCaseProperty().set(t == existing));
        vm.existingCaseProperty().addListener((o, a, now) -> (now ? existing : fresh).setSelected(true));
        TextField title = new TextField();
        title.setId("checkview-case-title");
        title.textProperty().bindBidirectional(vm.caseTitleProperty());
        title.disableProperty().bind(vm.existingCaseProperty());
        title.setPromptText(m.field("newCaseTitle"));
        TextField number = new TextField();
        number.setId("checkview-case-number");
        number.textProperty().bindBidirectional(vm.caseNumberProperty());
        number.disableProperty().bind(vm.existingCaseProperty().not());
        number.setPromptText(m.field("number"));
        Label titleError = errorLabel("checkview-case-error-newCaseTitle", "newCaseTitle");
        Label numberError = errorLabel("checkview-case-error-number", "number");
        HBox newRow = new HBox(8, fresh, title);
        HBox existingRow = new HBox(8, existing, number);
        HBox.setHgrow(title, Priority.ALWAYS);
        newRow.setAlignment(Pos.CENTER_LEFT);
        existingRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, newRow, titleError, existingRow, numberError);
    }

    private Label errorLabel(String id, String field) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("error-text");
        l.textProperty().bind(Bindings.valueAt(vm.errors(), field));
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        return l;
    }
}
