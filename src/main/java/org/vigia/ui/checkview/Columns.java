package org.vigia.ui.checkview;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.vigia.l10n.Messages;
import org.vigia.model.CheckpointCounts;

/** Table columns of the area: text columns, and the figures columns shared by points and controls. */
final class Columns {
    private Columns() {
    }

    static <T> TableColumn<T, String> text(TableView<T> table, String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue() == null ? "" : value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        table.getColumns().add(c);
        return c;
    }

    /** A text column whose cells get {@code styleClass} when {@code marked} holds for the row. */
    static <T> TableColumn<T, String> marked(TableView<T> table, String title, double width, Function<T, String> value,
                                             java.util.function.Predicate<T> marked, String styleClass) {
        TableColumn<T, String> c = text(table, title, width, value);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                T row = empty || getTableRow() == null ? null : getTableRow().getItem();
                getStyleClass().remove(styleClass);
                if (row != null && marked.test(row)) {
                    getStyleClass().add(styleClass);
                }
            }
        });
        return c;
    }

    /** Persons, documents, hits (counted + tallied), irregular migrants with their breakdown, victims, arrests. */
    static <T> void figures(TableView<T> table, Messages m, CheckLabels labels, Function<T, CheckpointCounts> counts) {
        text(table, m.get("checkview.col.persons"), 195, r -> FiguresText.persons(m, counts.apply(r)));
        text(table, m.get("checkview.col.documents"), 195, r -> FiguresText.documents(m, counts.apply(r)));
        marked(table, m.get("checkview.col.hits"), 290, r -> FiguresText.hits(m, counts.apply(r)),
                r -> counts.apply(r).hits() > 0, "checkview-hit");
        text(table, m.get("checkview.col.migrants"), 120, r -> m.number(counts.apply(r).irregularMigrants()));
        text(table, m.get("checkview.col.breakdown"), 300, r -> labels.migrants(counts.apply(r).migrants()));
        text(table, m.get("checkview.col.victims"), 70, r -> m.number(counts.apply(r).victims()));
        text(table, m.get("checkview.col.arrests"), 70, r -> m.number(counts.apply(r).arrests()));
    }
}
