package org.vigia.ui.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.model.CaseFile;
import org.vigia.model.CaseStatus;
import org.vigia.model.Limits;
import org.vigia.model.OffenceType;
import org.vigia.model.Operation;
import org.vigia.ui.common.DateFields;
import org.vigia.ui.common.DialogService;
import org.vigia.ui.common.FormGrid;
import org.vigia.ui.common.Labels;

/** The case form: every field, validation as you type, Save / Cancel and the case actions. */
public final class CaseEditorView extends BorderPane {
    private final CaseEditorViewModel vm;
    private final Messages m;
    private final DialogService dialogs;
    private final ValidationSupport validation = new ValidationSupport();
    private final FormGrid grid;
    private final TextField number = new TextField();
    private final TextField title = new TextField();
    private DatePicker opened;

    private javafx.scene.control.TabPane sectionTabs;

    public CaseEditorView(CaseEditorViewModel vm, Messages m, DialogService dialogs,
                          Consumer<CaseFile> changed, Runnable deleted) {
        this(vm, m, dialogs, changed, deleted, List.of());
    }

    /** The case form in a "Details" tab, followed by a tab per section (enabled once the case is saved). */
    public CaseEditorView(CaseEditorViewModel vm, Messages m, DialogService dialogs,
                          Consumer<CaseFile> changed, Runnable deleted, List<CaseSection> sections) {
        this.vm = vm;
        this.m = m;
        this.dialogs = dialogs;
        getStyleClass().add("case-editor");
        setPadding(new Insets(0));
        this.grid = new FormGrid(m, vm.errors(), "error-");
        buildFields();
        grid.setMaxWidth(980);
        ScrollPane scroll = new ScrollPane(new javafx.scene.layout.VBox(grid));
        scroll.setFitToWidth(true);
        BorderPane details = new BorderPane(scroll);
        details.setBottom(buttons(changed, deleted));
        if (sections.isEmpty()) {
            setCenter(details);
        } else {
            sectionTabs = CaseSectionTabs.of(details, sections, vm, m);
            setCenter(sectionTabs);
        }
    }

    private void buildFields() {
        Label changed = new Label();
        changed.setId("case-changed-by");
        changed.getStyleClass().add("help-text");
        changed.textProperty().bind(vm.changedByProperty());
        changed.managedProperty().bind(changed.textProperty().isNotEmpty());
        grid.wide(changed);
        section("case.section.case");
        number.setId("case-number");
        number.textProperty().bindBidirectional(vm.numberProperty());
        number.promptTextProperty().bind(vm.numberPromptProperty());
        limit(number, Limits.CASE_NUMBER, false, "number");
        field("number", number, m.get("case.number.help"));

        title.setId("case-title");
        title.textProperty().bindBidirectional(vm.titleProperty());
        limit(title, Limits.CASE_TITLE, true, "title");
        field("title", title, null);

        ComboBox<Operation> operation = new ComboBox<>(Labels.withNone(vm.operationChoices()));
        operation.setId("case-operation");
        Labels.show(operation, o -> o.code() + " - " + o.name(), m.get("case.noOperation"));
        operation.valueProperty().bindBidirectional(vm.operationProperty());
        field("operationId", operation, null);

        FlowPane offences = new FlowPane(12, 6);
        offences.setId("case-offences");
        for (OffenceType t : OffenceType.values()) {
            CheckBox box = new CheckBox(m.label("offence", t));
            box.setId("offence-" + t.name());
            box.selectedProperty().bindBidirectional(vm.offenceProperty(t));
            offences.getChildren().add(box);
        }
        field("offences", offences, null);

        ComboBox<CaseStatus> status = new ComboBox<>();
        status.getItems().setAll(CaseStatus.values());
        status.setId("case-status");
        Labels.show(status, s -> m.label("status", s), "");
        status.valueProperty().bindBidirectional(vm.statusProperty());
        field("status", status, null);

        TextField lead = new TextField();
        lead.setId("case-lead");
        lead.textProperty().bindBidirectional(vm.leadProperty());
        limit(lead, Limits.PERSON_NAME, true, "leadInvestigator");
        field("leadInvestigator", lead, null);

        section("case.section.place");
        opened = DateFields.picker(m.locale());
        opened.setId("case-opened");
        opened.valueProperty().bindBidirectional(vm.openedOnProperty());
        validation.registerValidator(opened, false, (javafx.scene.control.Control c, LocalDate v) -> {
            if (DateFields.hasBadText(opened)) {
                return ValidationResult.fromError(c, m.get("validation.line", m.field("openedOn"),
                        m.get("validation.badDate", opened.getPromptText())));
            }
            return ValidationResult.fromErrorIf(c, m.get("validation.line", m.field("openedOn"),
                    m.get("validation.required")), v == null);
        });
        field("openedOn", opened, null);

        SearchableComboBox<String> country = new SearchableComboBox<>();
        country.getItems().setAll(m.countryCodesByName());
        country.setId("case-country");
        country.setConverter(Labels.converter(m::country, ""));
        country.valueProperty().bindBidirectional(vm.countryProperty());
        validation.registerValidator(country, Validator.createEmptyValidator(m.get("validation.line", m.field("country"), m.get("validation.required"))));
        field("country", country, null);

        TextField locality = new TextField();
        locality.setId("case-locality");
        locality.textProperty().bindBidirectional(vm.localityProperty());
        limit(locality, Limits.LOCALITY, false, "locality");
        field("locality", locality, null);

        field("narrative", area("narrative", vm.narrativeProperty(), Limits.NARRATIVE, 6, null), null);
        section("case.section.elements");
        field("act", area("act", vm.actProperty(), Limits.ELEMENT, 2, "case.act.prompt"), null);
        field("means", area("means", vm.meansProperty(), Limits.ELEMENT, 2, "case.means.prompt"), null);
        field("purpose", area("purpose", vm.purposeProperty(), Limits.ELEMENT, 2, "case.purpose.prompt"), null);
    }

    private TextArea area(String name, javafx.beans.property.StringProperty prop, int max, int rows, String prompt) {
        TextArea a = new TextArea();
        a.setId("case-" + name);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        if (prompt != null) {
            a.setPromptText(m.get(prompt));
        }
        a.textProperty().bindBidirectional(prop);
        limit(a, max, false, name);
        return a;
    }

    private void limit(TextInputControl c, int max, boolean required, String name) {
        String label = m.field(name);
        validation.registerValidator(c, required, (javafx.scene.control.Control n, String v) -> {
            String text = v == null ? "" : v.strip();
            if (required && text.isEmpty()) {
                return ValidationResult.fromError(n, m.get("validation.line", label, m.get("validation.required")));
            }
            return ValidationResult.fromMessageIf(n, m.get("validation.line", label, m.get("validation.tooLong", max)),
                    Severity.ERROR, text.length() > max);
        });
    }

    private void section(String key) {
        grid.section(m.get(key), "title-4").getStyleClass().add("section");
    }

    private void field(String name, Node input, String help) {
        grid.field(name, input, help);
    }

    private HBox buttons(Consumer<CaseFile> changed, Runnable deleted) {
        Button save = new Button(m.get("common.save"), new FontIcon("mdi2c-content-save"));
        save.setId("case-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(false);
        save.setOnAction(e -> save(changed));
        save.disableProperty().bind(vm.busyProperty().or(vm.loadedProperty().not()));

        Button cancel = new Button(m.get("common.cancel"));
        cancel.setId("case-cancel");
        cancel.setOnAction(e -> vm.revert());
        cancel.disableProperty().bind(vm.dirtyProperty().not());

        Button close = new Button(m.get("case.close"), new FontIcon("mdi2l-lock"));
        close.setId("case-close");
        close.setOnAction(e -> closeCase(changed));
        Button reopen = new Button(m.get("case.reopen"), new FontIcon("mdi2l-lock-open"));
        reopen.setId("case-reopen");
        reopen.setOnAction(e -> vm.reopen(changed));
        Button delete = new Button(m.get("case.delete"), new FontIcon("mdi2d-delete"));
        delete.setId("case-delete");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> {
            CaseFile c = vm.savedProperty().get();
            if (c != null && dialogs.confirm(m.get("common.confirm"), m.get("case.delete.confirm", c.number()))) {
                vm.delete(deleted);
            }
        });
        var savedClosed = javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            CaseFile c = vm.savedProperty().get();
            return c != null && c.status().isClosed();
        }, vm.savedProperty());
        var isNew = vm.savedProperty().isNull();
        close.disableProperty().bind(isNew.or(savedClosed).or(vm.dirtyProperty()).or(vm.busyProperty()));
        reopen.disableProperty().bind(isNew.or(savedClosed.not()).or(vm.dirtyProperty()).or(vm.busyProperty()));
        delete.disableProperty().bind(isNew.or(vm.busyProperty()));

        Label message = new Label();
        message.setId("case-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        showIf(vm.canWrite(), save, cancel, delete);
        showIf(vm.canClose(), close, reopen);
        HBox bar = new HBox(8, save, cancel, message, close, reopen, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 16, 8, 16));
        bar.getStyleClass().add("button-bar");
        return bar;
    }

    /** Hides what the signed-in account's roles do not allow (the services refuse it anyway). */
    private static void showIf(boolean allowed, javafx.scene.Node... nodes) {
        for (javafx.scene.Node n : nodes) {
            n.setVisible(allowed);
            n.setManaged(allowed);
        }
    }

    /** Saves if the form is valid; otherwise says what to correct. */
    public void save(Consumer<CaseFile> changed) {
        commitTypedDate();
        if (Boolean.TRUE.equals(validation.isInvalid())) {
            vm.errors().clear();
            List<String> problems = validation.getValidationResult().getErrors().stream()
                    .map(org.controlsfx.validation.ValidationMessage::getText).toList();
            dialogs.error(m.get("error.validation", problems.size()) + "\n" + String.join("\n", problems));
            return;
        }
        vm.save(changed);
    }

    /** A date typed but not yet committed (Ctrl+S keeps the focus in the field) counts. */
    private void commitTypedDate() {
        if (!DateFields.hasBadText(opened)) {
            opened.setValue(opened.getConverter().fromString(opened.getEditor().getText()));
        }
    }

    private void closeCase(Consumer<CaseFile> changed) {
        CaseFile c = vm.savedProperty().get();
        dialogs.choose(m.get("case.close.title", c.number()), m.get("case.close.choose"),
                        List.of(CaseStatus.Closed, CaseStatus.ClosedReferred), CaseStatus.Closed,
                        s -> m.label("status", s))
                .ifPresent(s -> vm.close(s, changed));
    }

    /** Whether the case form, or a section of it (the role form of the People tab), holds unsaved changes. */
    public boolean hasUnsavedChanges() {
        return vm.dirtyProperty().get() || (sectionTabs != null && sectionTabs.getTabs().stream()
                .filter(t -> t.getContent() instanceof javafx.scene.Parent)
                .flatMap(t -> ((javafx.scene.Parent) t.getContent()).getChildrenUnmodifiable().stream())
                .anyMatch(n -> n instanceof org.vigia.ui.common.UnsavedWork w && w.hasUnsavedChanges()));
    }

    public CaseEditorViewModel viewModel() {
        return vm;
    }

    /** Puts the cursor in the title, once the form is shown (a new tab's content joins the scene later). */
    public void focusFirst() {
        if (title.getScene() != null) {
            javafx.application.Platform.runLater(title::requestFocus);
            return;
        }
        title.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                javafx.scene.Scene before, javafx.scene.Scene now) {
                if (now != null) {
                    title.sceneProperty().removeListener(this);
                    javafx.application.Platform.runLater(title::requestFocus);
                }
            }
        });
    }
}
