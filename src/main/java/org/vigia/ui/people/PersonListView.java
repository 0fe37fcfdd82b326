package org.vigia.ui.people;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.model.Person;
import org.vigia.ui.common.Labels;

/** The people list: a search box (names that sound alike, document numbers), a citizenship filter, a paged table. */
public final class PersonListView extends BorderPane {
    private final PersonListViewModel vm;
    private final Messages m;
    private final TextField search = new TextField();
    private final TableView<Person> table = new TableView<>();

    public PersonListView(PersonListViewModel vm, Messages m, Consumer<UUID> open, Runnable create) {
        this.vm = vm;
        this.m = m;
        getStyleClass().add("person-list");
        setTop(toolbar(create));
        setCenter(buildTable());
        Label error = new Label();
        error.setId("person-list-error");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        setBottom(error);
        table.setRowFactory(tv -> {
            TableRow<Person> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    open.accept(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            Person selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected.id());
                e.consume();
            }
        });
    }

    private HBox toolbar(Runnable create) {
        search.setId("person-search");
        search.setPromptText(m.get("people.search.prompt"));
        search.setPrefColumnCount(24);
        PauseTransition debounce = new PauseTransition(PersonEditorView.DEBOUNCE);
        debounce.setOnFinished(e -> vm.search(search.getText()));
        search.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        search.setOnAction(e -> {
            debounce.stop();
            vm.search(search.getText());
        });
        SearchableComboBox<String> country = new SearchableComboBox<>();
        country.setId("person-filter-citizenship");
        country.getItems().add(null);
        country.getItems().addAll(m.countryCodesByName());
        country.setConverter(Labels.converter(m::country, m.get("people.filter.citizenship")));
        country.setPromptText(m.get("people.filter.citizenship"));
        country.setPrefWidth(200);
        country.valueProperty().bindBidirectional(vm.citizenshipProperty());
        javafx.scene.control.ComboBox<org.vigia.model.CaseRole> role = new javafx.scene.control.ComboBox<>();
        role.setId("person-filter-role");
        role.getItems().add(null);
        role.getItems().addAll(org.vigia.model.CaseRole.values());
        Labels.show(role, r -> m.label("role.case", r), m.get("people.filter.role"));
        role.valueProperty().bindBidirectional(vm.roleProperty());
        Label total = new Label();
        total.setId("person-total");
        total.getStyleClass().add("total");
        total.textProperty().bind(vm.totalTextProperty());
        Button add = new Button(m.get("people.new"), new FontIcon("mdi2a-account-plus"));
        add.setId("person-new");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> create.run());
        add.setVisible(vm.canCreate());
        add.setManaged(vm.canCreate());
        HBox bar = new HBox(8, new FontIcon("mdi2m-magnify"), search, country, role, PersonEditorView.spacer(), total, add);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("toolbar-row");
        return bar;
    }

    private TableView<Person> buildTable() {
        table.setId("person-table");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(m.get("people.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("col-family", "field.familyNames", Person::familyNames, 200));
        table.getColumns().add(column("col-given", "field.givenNames", Person::givenNames, 180));
        table.getColumns().add(column("col-gender", "field.gender", p -> m.label("gender", p.gender()), 140));
        table.getColumns().add(column("col-born", "people.col.born", this::born, 130));
        table.getColumns().add(column("col-citizenships", "field.citizenships", p -> p.citizenships().stream()
                .map(m::country).collect(Collectors.joining(", ")), 200));
        table.getColumns().add(column("col-documents", "field.documents", p -> p.documents().stream()
                .map(d -> d.number()).collect(Collectors.joining(", ")), 200));
        return table;
    }

    private String born(Person p) {
        if (p.birthDate() != null) {
            return m.date(p.birthDate()) + (p.birthDateEstimated() ? " (" + m.get("person.estimated") + ")" : "");
        }
        return p.birthYear() == null ? "" : m.get("people.birth.about", String.valueOf(p.birthYear()));
    }

    private TableColumn<Person, String> column(String id, String key, Function<Person, String> value, double width) {
        TableColumn<Person, String> col = new TableColumn<>(m.get(key));
        col.setId(id);
        col.setPrefWidth(width);
        col.setSortable(false);
        col.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue() == null ? "" : value.apply(cd.getValue())));
        return col;
    }

    /** Focuses the search box. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public String searchText() {
        return search.getText();
    }
}
