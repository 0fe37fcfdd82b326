package org.vigia.ui.cases;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vigia.l10n.Messages;
import org.vigia.model.CaseQuery;
import org.vigia.model.CaseSort;
import org.vigia.model.CaseStatus;
import org.vigia.model.CaseSummary;
import org.vigia.model.OffenceType;
import org.vigia.model.Operation;
import org.vigia.service.cases.CaseService;
import org.vigia.service.operations.OperationService;
import org.vigia.ui.common.PagedList;
import org.vigia.ui.common.TaskRunner;

/**
 * The case list: filters and sort as properties, rows paged from the database. Every change of
 * a filter starts a new query; answers to older queries are ignored.
 */
public final class CaseListViewModel {
    private final CaseService cases;
    private final OperationService operations;

    /** Whether the signed-in account may create cases. */
    public boolean canCreate() {
        return cases.allows(org.vigia.model.Permission.CASE_WRITE);
    }
    private final TaskRunner runner;
    private final Messages messages;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<Operation> operation = new SimpleObjectProperty<>();
    private final ObjectProperty<CaseStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<OffenceType> offence = new SimpleObjectProperty<>();
    private final ObjectProperty<CaseSort> sort = new SimpleObjectProperty<>(CaseSort.NUMBER);
    private final BooleanProperty ascending = new SimpleBooleanProperty(true);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(0);
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableList<Operation> operationChoices = FXCollections.observableArrayList();
    private final PagedList<CaseSummary> rows;
    private CaseQuery current = CaseQuery.all();
    /** The query whose total the rows were last sized for: pages are always read from it. */
    private CaseQuery shown = CaseQuery.all();
    private int queryGeneration;

    public CaseListViewModel(CaseService cases, OperationService operations, TaskRunner runner, Messages messages) {
        this.cases = cases;
        this.operations = operations;
        this.runner = runner;
        this.messages = messages;
        this.rows = new PagedList<>(this::loadPage);
        operation.addListener((o, a, b) -> refresh());
        status.addListener((o, a, b) -> refresh());
        offence.addListener((o, a, b) -> refresh());
    }

    private void loadPage(int offset, int limit, java.util.function.Consumer<List<CaseSummary>> done, Runnable failed) {
        CaseQuery q = shown;
        runner.run(() -> cases.page(q, offset, limit), done, t -> {
            failed.run();
            fail(t);
        });
    }

    /** Runs the current filters: counts the matches and shows the first rows. */
    public void refresh() {
        current = new CaseQuery(searchText.get(), operation.get() == null ? null : operation.get().id(),
                status.get(), offence.get(), sort.get(), ascending.get());
        int generation = ++queryGeneration;
        CaseQuery q = current;
        runner.run(() -> cases.count(q), count -> {
            if (generation != queryGeneration) {
                return;
            }
            error.set("");
            shown = q;
            total.set(count);
            totalText.set(messages.get("cases.total", count));
            rows.reset((int) Math.min(Integer.MAX_VALUE, count));
        }, this::fail);
    }

    /** Reloads the operations offered as a filter (after operations change). */
    public void loadOperations() {
        runner.run(operations::list, list -> {
            Operation selected = operation.get();
            operationChoices.setAll(list);
            if (selected != null) {
                operation.set(list.stream().filter(o -> o.id().equals(selected.id())).findFirst().orElse(null));
            }
        }, this::fail);
    }

    private void fail(Throwable t) {
        error.set(messages.error(t));
    }

    /** Sets the search text and runs it (the view debounces typing before calling this). */
    public void search(String text) {
        searchText.set(text == null ? "" : text);
        refresh();
    }

    public void sortBy(CaseSort by, boolean asc) {
        if (by == sort.get() && asc == ascending.get()) {
            return;
        }
        sort.set(by);
        ascending.set(asc);
        refresh();
    }


    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<Operation> operationProperty() {
        return operation;
    }

    public ObjectProperty<CaseStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<OffenceType> offenceProperty() {
        return offence;
    }

    public ObjectProperty<CaseSort> sortProperty() {
        return sort;
    }

    public BooleanProperty ascendingProperty() {
        return ascending;
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObservableList<Operation> operationChoices() {
        return operationChoices;
    }

    public PagedList<CaseSummary> rows() {
        return rows;
    }
}
