package org.vigia.ui.protection;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vigia.l10n.Messages;
import org.vigia.model.Operation;
import org.vigia.model.ProtectionCounts;
import org.vigia.model.ProtectionQuery;
import org.vigia.model.ProtectionRow;
import org.vigia.model.ProtectionStatus;
import org.vigia.model.SexGroup;
import org.vigia.model.Site;
import org.vigia.service.operations.OperationService;
import org.vigia.service.protection.ProtectionBoard;
import org.vigia.ui.common.PagedList;
import org.vigia.ui.common.TaskRunner;

/**
 * The victim protection view: the filters (operation, office, nationality, sex, minor), the
 * counts per status with those filters, the status chosen in the list (null: every status) and
 * its victims paged from the database, minors first. Answers to older filters are ignored.
 */
public final class ProtectionBoardViewModel {
    private final ProtectionBoard board;
    private final OperationService operations;
    private final TaskRunner runner;
    private final Messages messages;
    private final ObjectProperty<Operation> operation = new SimpleObjectProperty<>();
    private final ObjectProperty<Site> office = new SimpleObjectProperty<>();
    private final StringProperty citizenship = new SimpleStringProperty();
    private final ObjectProperty<SexGroup> sex = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> minor = new SimpleObjectProperty<>();
    private final ObjectProperty<ProtectionStatus> status = new SimpleObjectProperty<>();
    private final ObservableList<Operation> operationChoices = FXCollections.observableArrayList();
    private final ObservableList<Site> officeChoices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ProtectionCounts> counts =
            new ReadOnlyObjectWrapper<>(new ProtectionCounts(List.of()));
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final PagedList<ProtectionRow> rows;
    private final org.vigia.service.care.CareServices care;
    private final java.util.Map<java.util.UUID, org.vigia.model.CareSummary> careOfRows = new java.util.HashMap<>();
    private ProtectionQuery shown = ProtectionQuery.ALL;
    private int generation;
    private boolean quiet;

    public ProtectionBoardViewModel(ProtectionBoard board, OperationService operations, TaskRunner runner,
                                    Messages messages) {
        this(board, null, operations, runner, messages);
    }

    /** With {@code care}, each row also tells what was done for the victim (referrals, consent). */
    public ProtectionBoardViewModel(ProtectionBoard board, org.vigia.service.care.CareServices care,
                                    OperationService operations, TaskRunner runner, Messages messages) {
        this.board = board;
        this.care = care;
        this.operations = operations;
        this.runner = runner;
        this.messages = messages;
        this.rows = new PagedList<>(this::loadPage);
        for (var p : List.of(operation, office, sex, minor, status)) {
            p.addListener((o, a, b) -> changed());
        }
        citizenship.addListener((o, a, b) -> changed());
    }

    private void changed() {
        if (!quiet) {
            refresh();
        }
    }

    /** Loads the choices of the operation and office filters, then the counts and the first rows. */
    public void open() {
        runner.run(() -> new Choices(operations.list(), board.offices()), c -> {
            operationChoices.setAll(c.operations());
            officeChoices.setAll(c.offices());
        }, t -> error.set(messages.error(t)));
        refresh();
    }

    private record Choices(List<Operation> operations, List<Site> offices) {
    }

    private record Answer(ProtectionCounts counts, long total) {
    }

    /** The filters as they stand. */
    public ProtectionQuery query() {
        return new ProtectionQuery(operation.get() == null ? null : operation.get().id(),
                office.get() == null ? null : office.get().id(), citizenship.get(), sex.get(), minor.get(), status.get());
    }

    /** Counts per status and the victims of the chosen status, with the current filters. */
    public void refresh() {
        ProtectionQuery q = query();
        int mine = ++generation;
        runner.run(() -> new Answer(board.counts(q), board.count(q)), a -> {
            if (mine != generation) {
                return;
            }
            error.set("");
            shown = q;
            counts.set(a.counts());
            totalText.set(messages.get("protection.total", a.total()));
            rows.reset((int) Math.min(Integer.MAX_VALUE, a.total()));
        }, t -> {
            if (mine == generation) { // an older filter's failure does not overwrite the newer answer
                error.set(messages.error(t));
            }
        });
    }

    /** Clears every filter (and the status), then reloads once. */
    public void clearFilters() {
        quiet = true;
        try {
            operation.set(null);
            office.set(null);
            citizenship.set(null);
            sex.set(null);
            minor.set(null);
            status.set(null);
        } finally {
            quiet = false;
        }
        refresh();
    }

    private void loadPage(int offset, int limit, Consumer<List<ProtectionRow>> done, Runnable failed) {
        ProtectionQuery q = shown;
        runner.run(() -> {
            List<ProtectionRow> page = board.page(q, offset, limit);
            var summaries = care == null ? java.util.Map.<java.util.UUID, org.vigia.model.CareSummary>of()
                    : care.summaries(page.stream().map(ProtectionRow::linkId).toList());
            return new PageWithCare(page, summaries);
        }, p -> {
            careOfRows.putAll(p.care());
            done.accept(p.rows());
        }, t -> {
            failed.run();
            error.set(messages.error(t));
        });
    }

    private record PageWithCare(List<ProtectionRow> rows,
                                java.util.Map<java.util.UUID, org.vigia.model.CareSummary> care) {
    }

    /** What was done for the victim of {@code row} (referrals, plan, consent); null when not known. */
    public org.vigia.model.CareSummary careOf(ProtectionRow row) {
        return careOfRows.get(row.linkId());
    }

    public ObjectProperty<Operation> operationProperty() {
        return operation;
    }

    public ObjectProperty<Site> officeProperty() {
        return office;
    }

    /** The nationality filter: an ISO 3166 alpha-2 code, or null for any. */
    public StringProperty citizenshipProperty() {
        return citizenship;
    }

    public ObjectProperty<SexGroup> sexProperty() {
        return sex;
    }

    /** True: minors only; false: adults only; null: everyone. */
    public ObjectProperty<Boolean> minorProperty() {
        return minor;
    }

    /** The status whose victims are listed; null for every status. */
    public ObjectProperty<ProtectionStatus> statusProperty() {
        return status;
    }

    public ObservableList<Operation> operationChoices() {
        return operationChoices;
    }

    public ObservableList<Site> officeChoices() {
        return officeChoices;
    }

    /** The counts per status with the current filters (every status, whatever status is chosen). */
    public ReadOnlyObjectProperty<ProtectionCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public PagedList<ProtectionRow> rows() {
        return rows;
    }
}
