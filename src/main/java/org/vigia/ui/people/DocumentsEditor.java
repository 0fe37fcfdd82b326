package org.vigia.ui.people;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.model.DocumentType;
import org.vigia.model.IdentityDocument;
import org.vigia.ui.common.DateFields;
import org.vigia.ui.common.Labels;

/** A person's identity documents: one line each with a remove button, and a line to add one. */
final class DocumentsEditor extends VBox {
    private final PersonEditorViewModel vm;
    private final Messages m;
    private final VBox lines = new VBox(4);

    DocumentsEditor(PersonEditorViewModel vm, Messages m) {
        super(6);
        this.vm = vm;
        this.m = m;
        lines.setId("person-documents");
        vm.documents().addListener((ListChangeListener<IdentityDocument>) c -> rebuild());
        rebuild();
        getChildren().addAll(lines, adder());
    }

    private HBox adder() {
        ComboBox<DocumentType> type = new ComboBox<>(FXCollections.observableArrayList(DocumentType.values()));
        type.setId("document-type");
        Labels.show(type, t -> m.label("doctype", t), m.get("people.document.type"));
        type.setValue(DocumentType.Passport);
        TextField number = new TextField();
        number.setId("document-number");
        number.setPromptText(m.get("people.document.number"));
        number.setPrefColumnCount(10);
        SearchableComboBox<String> country = new SearchableComboBox<>();
        country.setId("document-country");
        country.getItems().setAll(m.countryCodesByName());
        country.setConverter(Labels.converter(m::country, ""));
        country.setPromptText(m.get("people.document.country"));
        country.setPrefWidth(170);
        DatePicker expires = DateFields.picker(m.locale());
        expires.setId("document-expires");
        expires.setPromptText(m.get("people.document.expires"));
        expires.setPrefWidth(130);
        Button add = new Button(m.get("common.add"), new FontIcon("mdi2p-plus"));
        add.setId("document-add");
        Runnable addIt = () -> {
            if (number.getText() == null || number.getText().isBlank()) {
                vm.errors().put("documents", m.get("people.document.numberRequired"));
                number.requestFocus();
                return;
            }
            if (DateFields.hasBadText(expires)) {
                vm.errors().put("documents", m.get("validation.badDate", expires.getPromptText()));
                return;
            }
            vm.errors().remove("documents");
            vm.addDocument(new IdentityDocument(null, type.getValue(), number.getText().strip(), country.getValue(),
                    expires.getConverter().fromString(expires.getEditor().getText())));
            number.clear();
            country.setValue(null);
            expires.setValue(null);
            expires.getEditor().clear();
        };
        add.setOnAction(e -> addIt.run());
        number.setOnAction(e -> addIt.run());
        HBox row = new HBox(6, type, number, country, expires, add);
        HBox.setHgrow(number, Priority.ALWAYS);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void rebuild() {
        List<HBox> rows = new ArrayList<>();
        int i = 0;
        for (IdentityDocument d : vm.documents()) {
            StringBuilder text = new StringBuilder(m.label("doctype", d.type())).append(" \u00b7 ").append(d.number());
            if (d.issuingCountry() != null) {
                text.append(" \u00b7 ").append(m.country(d.issuingCountry()));
            }
            if (d.expiresOn() != null) {
                text.append(" \u00b7 ").append(m.get("people.document.expiresOn", m.date(d.expiresOn())));
            }
            Label label = new Label(text.toString());
            Button remove = new Button(null, new FontIcon("mdi2c-close"));
            remove.setId("document-remove-" + i++);
            remove.getStyleClass().add("small");
            remove.setAccessibleText(m.get("common.remove"));
            remove.setOnAction(e -> vm.documents().remove(d));
            HBox row = new HBox(8, label, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            rows.add(row);
        }
        lines.getChildren().setAll(rows);
    }
}
