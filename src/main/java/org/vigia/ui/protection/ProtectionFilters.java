package org.vigia.ui.protection;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.model.Operation;
import org.vigia.model.SexGroup;
import org.vigia.model.Site;
import org.vigia.ui.common.Labels;

/** The filters row: operation, office, nationality, sex, minors or adults; clear; the total. */
final class ProtectionFilters extends HBox {
    ProtectionFilters(ProtectionBoardViewModel vm, Messages m) {
        super(8);
        setId("protection-filters");
        getStyleClass().add("toolbar-row");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(0, 0, 4, 0));
        ComboBox<Operation> operation = new ComboBox<>(Labels.withNone(vm.operationChoices()));
        operation.setId("protection-filter-operation");
        Labels.show(operation, o -> o.code() + " \u2013 " + o.name(), m.get("protection.filter.operation"));
        operation.valueProperty().bindBidirectional(vm.operationProperty());
        operation.setPrefWidth(170);
        ComboBox<Site> office = new ComboBox<>(Labels.withNone(vm.officeChoices()));
        office.setId("protection-filter-office");
        Labels.show(office, s -> s.officeCode() + " \u2013 " + s.name(), m.get("protection.filter.office"));
        office.valueProperty().bindBidirectional(vm.officeProperty());
        office.setPrefWidth(150);
        SearchableComboBox<String> country = new SearchableComboBox<>();
        country.setId("protection-filter-citizenship");
        country.getItems().add(null);
        country.getItems().addAll(m.countryCodesByName());
        country.setConverter(Labels.converter(m::country, m.get("protection.filter.citizenship")));
        country.setPromptText(m.get("protection.filter.citizenship"));
        country.setPrefWidth(160);
        country.valueProperty().bindBidirectional(vm.citizenshipProperty());
        ComboBox<SexGroup> sex = new ComboBox<>();
        sex.setId("protection-filter-sex");
        sex.getItems().add(null);
        sex.getItems().addAll(SexGroup.values());
        Labels.show(sex, s -> m.label("protection.sex", s), m.get("protection.filter.sex"));
        sex.valueProperty().bindBidirectional(vm.sexProperty());
        ComboBox<Boolean> minor = new ComboBox<>();
        minor.setId("protection-filter-minor");
        minor.getItems().addAll(null, true, false);
        Labels.show(minor, b -> m.get(b ? "protection.filter.minors" : "protection.filter.adults"),
                m.get("protection.filter.age"));
        minor.valueProperty().bindBidirectional(vm.minorProperty());
        minor.setMinWidth(Region.USE_PREF_SIZE);
        Button clear = new Button(m.get("protection.filter.clear"), new FontIcon("mdi2f-filter-remove"));
        clear.setId("protection-filter-clear");
        clear.setOnAction(e -> vm.clearFilters());
        clear.setMinWidth(Region.USE_PREF_SIZE);
        Label total = new Label();
        total.setId("protection-total");
        total.getStyleClass().add("total");
        total.textProperty().bind(vm.totalTextProperty());
        total.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(new FontIcon("mdi2f-filter-outline"), operation, office, country, sex, minor, clear,
                spacer, total);
    }
}
