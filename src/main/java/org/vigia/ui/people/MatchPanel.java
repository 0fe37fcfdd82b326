package org.vigia.ui.people;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.vigia.l10n.Messages;
import org.vigia.model.PersonMatch;

/** The existing persons who may be the one being typed: likeliest first, each with why. */
final class MatchPanel extends VBox {
    MatchPanel(PersonEditorViewModel vm, Messages m, Consumer<UUID> useExisting, String useLabel,
               Consumer<PersonMatch> mergeAction) {
        super(8);
        setId("person-match-panel");
        getStyleClass().add("match-panel");
        setPadding(new Insets(16));
        setPrefWidth(340);
        setMinWidth(260);
        Label title = new Label(m.get("people.matches.title"), new FontIcon("mdi2a-account-question"));
        title.getStyleClass().add("section-title");
        Label help = new Label(m.get("people.matches.help"));
        help.getStyleClass().add("help-text");
        help.setWrapText(true);
        ListView<PersonMatch> list = new ListView<>(vm.matches());
        list.setId("person-matches");
        Label none = new Label(m.get("people.matches.none"));
        none.setWrapText(true);
        list.setPlaceholder(none);
        list.setCellFactory(lv -> new MatchCell(m, useExisting, useLabel, mergeAction,
                vm.savedProperty().isNotNull().and(javafx.beans.binding.Bindings.createBooleanBinding(vm::canMerge))));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, help, list);
    }

    /** One match; its nodes are made once and refilled, so its button stays the same node. */
    private static final class MatchCell extends ListCell<PersonMatch> {
        private final Messages m;
        private final Label name = new Label();
        private final Label facts = new Label();
        private final Label why = new Label();
        private final Button use;
        private final VBox box;
        private PersonMatch match;

        private final Button merge;

        MatchCell(Messages m, Consumer<UUID> useExisting, String useLabel, Consumer<PersonMatch> mergeAction,
                  javafx.beans.binding.BooleanBinding mergeShown) {
            this.m = m;
            name.getStyleClass().add("match-name");
            facts.setWrapText(true);
            why.getStyleClass().add("match-reasons");
            why.setWrapText(true);
            use = new Button(useLabel);
            use.getStyleClass().add("small");
            use.setOnAction(e -> {
                if (match != null) {
                    useExisting.accept(match.personId());
                }
            });
            merge = new Button(m.get("people.merge.button"));
            merge.getStyleClass().add("small");
            merge.visibleProperty().bind(mergeShown);
            merge.managedProperty().bind(mergeShown);
            merge.setOnAction(e -> {
                if (match != null) {
                    mergeAction.accept(match);
                }
            });
            name.setWrapText(true);
            HBox actions = new HBox(6, PersonEditorView.spacer(), use, merge);
            actions.setAlignment(Pos.CENTER_RIGHT);
            box = new VBox(2, name, facts, why, actions);
            setPrefWidth(0); // wrap to the list's width instead of scrolling sideways
            box.prefWidthProperty().bind(widthProperty().subtract(16));
            box.maxWidthProperty().bind(box.prefWidthProperty());
            for (Label l : new Label[] {name, facts, why}) {
                l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }

        @Override
        protected void updateItem(PersonMatch item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            match = empty ? null : item;
            if (match == null) {
                setGraphic(null);
                return;
            }
            use.setId("match-use-" + getIndex());
            merge.setId("match-merge-" + getIndex());
            name.setText(match.fullName());
            String born = match.birthYear() == null ? m.get("people.birth.unknown")
                    : m.get("people.birth.year", String.valueOf(match.birthYear()));
            String countries = match.citizenships().stream().map(m::country).collect(Collectors.joining(", "));
            facts.setText(countries.isEmpty() ? born : born + " \u00b7 " + countries);
            why.setText(match.reasons().stream().map(r -> m.label("matchReason", r))
                    .collect(Collectors.joining("; ")));
            setGraphic(box);
        }
    }
}
