package org.vigia.ui.evidence;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.model.Limits;
import org.vigia.model.Person;
import org.vigia.model.SeizureType;
import org.vigia.ui.common.DateFields;
import org.vigia.ui.common.DialogService;
import org.vigia.ui.common.FormGrid;
import org.vigia.ui.common.Labels;

/** The fields of one seizure with validation as you type (ControlsFX) and the Save button. */
final class SeizureFormView extends VBox {
    private final SeizuresViewModel vm;
    private final Messages m;
    private final SeizureForm form;
    private final ValidationSupport validation = new ValidationSupport();
    private final FormGrid grid;
    private final DatePicker seizedOn;
    private final TextField personSearch = new TextField();
    private final DialogService dialogs;

    SeizureFormView(SeizuresViewModel vm, Messages m, DialogService dialogs) {
        this.vm = vm;
        this.m = m;
        this.dialogs = dialogs;
        this.form = vm.form();
        this.grid = new FormGrid(m, vm.errors(), "seizure-error-");
        this.seizedOn = DateFields.picker(m.locale());
        javafx.scene.control.Label heading = grid.section("", "title-4");
        heading.getStyleClass().add("section");
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> m.get(vm.selectedProperty().get() == null ? "seizure.heading.new" : "seizure.heading.edit"),
                vm.selectedProperty()));
        fields();
        getChildren().add(grid);
    }

    private void fields() {
        ComboBox<SeizureType> type = new ComboBox<>();
        type.getItems().setAll(SeizureType.values());
        type.setId("seizure-type");
        Labels.show(type, t -> m.get("seizure.type." + t.name()), "");
        type.valueProperty().bindBidirectional(form.typeProperty());
        validation.registerValidator(type, Validator.createEmptyValidator(required("seizureType")));
        grid.field("seizureType", type, null);

        TextField quantity = text("seizure-quantity", form.quantityProperty());
        validation.registerValidator(quantity, false, (Control c, String v) -> ValidationResult.fromErrorIf(c,
                line("quantity", m.get("validation.number")), v != null && !v.isBlank() && !v.strip().matches("\\d{1,9}")));
        grid.field("quantity", quantity, m.get("seizure.quantity.help"));

        TextField amount = text("seizure-amount", form.amountProperty());
        validation.registerValidator(amount, false, (Control c, String v) -> ValidationResult.fromErrorIf(c,
                line("amount", m.get("error.seizure.notAnAmount", form.amountFormat().format(2700.5))),
                v != null && !v.isBlank() && form.parseAmount(v.strip()) == null));
        SearchableComboBox<String> currency = new SearchableComboBox<>(Labels.withNone(
                javafx.collections.FXCollections.observableArrayList(currencies())));
        currency.setId("seizure-currency");
        currency.setConverter(Labels.converter(this::currencyLabel, m.get("seizure.currency.none")));
        currency.valueProperty().bindBidirectional(form.currencyProperty());
        grid.field("amount", amount, m.get("seizure.amount.help"));
        grid.field("currency", currency, null);

        grid.field("description", area(), null);
        seizedOn.setId("seizure-date");
        seizedOn.valueProperty().bindBidirectional(form.seizedOnProperty());
        validation.registerValidator(seizedOn, false, (Control c, LocalDate v) -> {
            if (DateFields.hasBadText(seizedOn)) {
                return ValidationResult.fromError(c, line("seizedOn", m.get("validation.badDate", seizedOn.getPromptText())));
            }
            return ValidationResult.fromErrorIf(c, required("seizedOn"), v == null);
        });
        grid.field("seizedOn", seizedOn, null);

        SearchableComboBox<String> country = new SearchableComboBox<>();
        country.getItems().setAll(m.countryCodesByName());
        country.setId("seizure-country");
        country.setConverter(Labels.converter(m::country, ""));
        country.valueProperty().bindBidirectional(form.countryProperty());
        validation.registerValidator(country, Validator.createEmptyValidator(required("country")));
        grid.field("country", country, null);
        grid.field("locality", limited(text("seizure-locality", form.localityProperty()), "locality", Limits.LOCALITY), null);
        grid.field("seizedFrom", person(), m.get("seizure.person.help"));

    }

    /** The Save button (the pane keeps it in view below the scrolling form). */
    Button saveButton() {
        Button save = new Button(m.get("common.save"), new FontIcon("mdi2c-content-save"));
        save.setId("seizure-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> save());
        SeizuresPane.showIf(vm.canWrite(), save);
        return save;
    }

    private HBox person() {
        personSearch.setId("seizure-person-search");
        personSearch.setPromptText(m.get("seizure.person.prompt"));
        personSearch.textProperty().bindBidirectional(vm.personSearchProperty());
        personSearch.setOnAction(e -> vm.findPersons());
        Button find = new Button(m.get("seizure.person.find"), new FontIcon("mdi2m-magnify"));
        find.setId("seizure-person-find");
        find.setOnAction(e -> vm.findPersons());
        ComboBox<Person> choice = new ComboBox<>(Labels.withNone(vm.personChoices()));
        choice.setId("seizure-person");
        SeizuresPane.personCombo(choice, m);
        choice.valueProperty().bindBidirectional(form.seizedFromProperty());
        HBox box = new HBox(8, personSearch, find, choice);
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(choice, Priority.ALWAYS);
        choice.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private TextArea area() {
        TextArea a = new TextArea();
        a.setId("seizure-description");
        a.setWrapText(true);
        a.setPrefRowCount(2);
        a.textProperty().bindBidirectional(form.descriptionProperty());
        limited(a, "description", Limits.SEIZURE_DESCRIPTION);
        return a;
    }

    private TextField text(String id, javafx.beans.property.StringProperty prop) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(prop);
        return f;
    }

    private <T extends TextInputControl> T limited(T c, String field, int max) {
        validation.registerValidator(c, false, (Control n, String v) -> ValidationResult.fromMessageIf(n,
                line(field, m.get("validation.tooLong", max)), Severity.ERROR, v != null && v.strip().length() > max));
        return c;
    }

    private List<String> currencies() {
        return Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode)
                .sorted(Comparator.naturalOrder()).toList();
    }

    private String currencyLabel(String code) {
        try {
            return code + " - " + Currency.getInstance(code).getDisplayName(m.locale());
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private String required(String field) {
        return line(field, m.get("validation.required"));
    }

    private String line(String field, String problem) {
        return m.get("validation.line", m.field(field), problem);
    }

    /** Saves if the form's own checks pass; otherwise lists what to correct in an error dialog. */
    void save() {
        if (!DateFields.hasBadText(seizedOn)) {
            seizedOn.setValue(seizedOn.getConverter().fromString(seizedOn.getEditor().getText()));
        }
        if (Boolean.TRUE.equals(validation.isInvalid())) {
            vm.errors().clear();
            List<String> problems = validation.getValidationResult().getErrors().stream()
                    .map(ValidationMessage::getText).toList();
            dialogs.error(m.get("error.validation", problems.size()) + "\n" + String.join("\n", problems));
            return;
        }
        vm.save();
    }
}
