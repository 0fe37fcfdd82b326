package org.vigia.ui.people;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
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
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.model.Gender;
import org.vigia.model.Person;
import org.vigia.ui.common.Chips;
import org.vigia.ui.common.DateFields;
import org.vigia.ui.common.FormGrid;
import org.vigia.ui.common.Labels;

/**
 * The form of one person, with the likely existing matches beside it. Choosing a match hands
 * its id to {@code useExisting} (open it, or link it instead of creating a new person).
 */
public final class PersonEditorView extends BorderPane {
    static final Duration DEBOUNCE = Duration.millis(300);
    private final PersonEditorViewModel vm;
    private final Messages m;
    private final TextField family = new TextField();
    private final DatePicker birth;
    private final DatePicker ageOn;

    public PersonEditorView(PersonEditorViewModel vm, Messages m, Consumer<UUID> useExisting, String useLabel,
                            Consumer<org.vigia.model.PersonMatch> merge, Consumer<Person> saved) {
        this.vm = vm;
        this.m = m;
        this.birth = DateFields.picker(m.locale());
        this.ageOn = DateFields.picker(m.locale());
        getStyleClass().add("person-editor");
        FormGrid form = form(saved);
        form.disableProperty().bind(vm.maskedProperty()); // shows the pseudonym: nothing to edit
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        setTop(new VBox(buttons(saved), new HiddenIdentityBar(vm, m)));
        setRight(new MatchPanel(vm, m, useExisting, useLabel, merge));
        PauseTransition debounce = new PauseTransition(DEBOUNCE);
        debounce.setOnFinished(e -> vm.refreshMatches());
        for (Observable input : vm.matchInputs()) {
            input.addListener(o -> debounce.playFromStart());
        }
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                save(saved);
                e.consume();
            }
        });
    }

    private FormGrid form(Consumer<Person> saved) {
        FormGrid form = new FormGrid(m, vm.errors(), "person-error-");
        form.section(m.get("people.section.identity"), "section-title");
        family.setId("person-family");
        family.textProperty().bindBidirectional(vm.familyNamesProperty());
        form.field("familyNames", family, null);
        form.field("givenNames", text("person-given", vm.givenNamesProperty()), null);
        form.field("aliases", text("person-aliases", vm.aliasesProperty()), m.get("people.aliases.help"));
        ComboBox<Gender> gender = new ComboBox<>(FXCollections.observableArrayList(withNull(Gender.values())));
        gender.setId("person-gender");
        Labels.show(gender, g -> m.label("gender", g), m.get("common.none"));
        gender.valueProperty().bindBidirectional(vm.genderProperty());
        form.field("gender", gender, null);

        birth.setId("person-birth");
        birth.valueProperty().bindBidirectional(vm.birthDateProperty());
        CheckBox estimated = new CheckBox(m.get("person.estimated"));
        estimated.setId("person-estimated");
        estimated.selectedProperty().bindBidirectional(vm.estimatedProperty());
        HBox birthRow = new HBox(12, birth, estimated);
        birthRow.setAlignment(Pos.CENTER_LEFT);
        birthRow.setMaxWidth(Double.MAX_VALUE);
        form.field("birthDate", birthRow, null);
        TextField age = text("person-age", vm.ageYearsProperty());
        age.setPrefColumnCount(4);
        age.setMaxWidth(90);
        HBox ageBox = new HBox(age);
        ageOn.setId("person-age-on");
        ageOn.valueProperty().bindBidirectional(vm.ageOnProperty());
        form.field("ageYears", ageBox, m.get("people.age.help"));
        form.field("ageOn", ageOn, null);

        form.field("citizenships", Chips.picker("person-citizenships", m.countryCodesByName(), vm.citizenships(),
                m::country, m.get("people.citizenship.prompt")), null);
        form.field("languages", Chips.picker("person-languages", m.languageCodesByName(), vm.languages(),
                m::language, m.get("people.language.prompt")), null);
        form.field("documents", new DocumentsEditor(vm, m), null);

        form.section(m.get("people.section.other"), "section-title");
        form.field("contact", text("person-contact", vm.contactProperty()), null);
        TextArea notes = new TextArea();
        notes.setId("person-notes");
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(vm.notesProperty());
        form.field("notes", notes, m.get("people.notes.help"));
        return form;
    }

    private HBox buttons(Consumer<Person> saved) {
        Button save = new Button(m.get("common.save"), new FontIcon("mdi2c-content-save"));
        save.setId("person-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.busyProperty().or(vm.loadedProperty().not()).or(vm.maskedProperty()));
        save.setOnAction(e -> save(saved));
        save.setVisible(vm.canWrite());
        save.setManaged(vm.canWrite());
        Button cancel = new Button(m.get("common.cancel"));
        cancel.setId("person-cancel");
        cancel.disableProperty().bind(vm.dirtyProperty().not());
        cancel.setOnAction(e -> vm.revert());
        Label message = new Label();
        message.setId("person-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        HBox buttons = new HBox(8, save, cancel, message);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(8, 16, 8, 16));
        buttons.getStyleClass().add("toolbar-row");
        return buttons;
    }

    /** Typed dates count even before Enter; text that is not a date is named, not saved. */
    public void save(Consumer<Person> saved) {
        boolean bad = !DateFields.commitTyped(java.util.Map.of("birthDate", birth, "ageOn", ageOn), vm.errors(), m);
        if (!bad) {
            vm.save(saved);
        }
    }

    private static TextField text(String id, javafx.beans.property.StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private static <T> List<T> withNull(T[] values) {
        List<T> list = new ArrayList<>();
        list.add(null);
        list.addAll(List.of(values));
        return list;
    }

    public PersonEditorViewModel viewModel() {
        return vm;
    }

    /** Puts the cursor in the first field. */
    public void focusFirst() {
        family.requestFocus();
    }

    static Node spacer() {
        javafx.scene.layout.Region r = new javafx.scene.layout.Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        VBox.setVgrow(r, Priority.ALWAYS);
        return r;
    }
}
