package org.vigia.ui.people;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.vigia.l10n.Messages;
import org.vigia.model.Permission;
import org.vigia.model.Person;
import org.vigia.model.PersonQuery;
import org.vigia.service.persons.PersonService;
import org.vigia.ui.common.PagedList;
import org.vigia.ui.common.TaskRunner;

/**
 * The people list: search text and citizenship filter, rows paged from the database, the
 * total. Answers to older queries are ignored.
 */
public final class PersonListViewModel {
    private final PersonService persons;
    private final TaskRunner runner;
    private final Messages messages;
    private final StringProperty searchText = new SimpleStringProperty("");
    private final StringProperty citizenship = new SimpleStringProperty();
    private final javafx.beans.property.ObjectProperty<org.vigia.model.CaseRole> role =
            new javafx.beans.property.SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final PagedList<Person> rows;
    private PersonQuery shown = PersonQuery.text("");
    private int generation;

    public PersonListViewModel(PersonService persons, TaskRunner runner, Messages messages) {
        this.persons = persons;
        this.runner = runner;
        this.messages = messages;
        this.rows = new PagedList<>(this::loadPage);
        citizenship.addListener((o, a, b) -> refresh());
        role.addListener((o, a, b) -> refresh());
    }

    public boolean canCreate() {
        return persons.allows(Permission.CASE_WRITE);
    }

    private void loadPage(int offset, int limit, Consumer<List<Person>> done, Runnable failed) {
        PersonQuery q = shown;
        runner.run(() -> persons.page(q, offset, limit), done, t -> {
            failed.run();
            error.set(messages.error(t));
        });
    }

    /** Sets the search text and runs it (the view debounces typing). */
    public void search(String text) {
        searchText.set(text == null ? "" : text);
        refresh();
    }

    /** Counts the matches of the current filters and shows the first rows. */
    public void refresh() {
        PersonQuery q = new PersonQuery(searchText.get(), citizenship.get(), role.get());
        int mine = ++generation;
        runner.run(() -> persons.count(q), count -> {
            if (mine != generation) {
                return;
            }
            error.set("");
            shown = q;
            totalText.set(messages.get("people.total", count));
            rows.reset((int) Math.min(Integer.MAX_VALUE, count));
        }, t -> error.set(messages.error(t)));
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** The citizenship filter: an ISO 3166 alpha-2 code, or null for any. */
    public StringProperty citizenshipProperty() {
        return citizenship;
    }

    /** The role filter: persons holding this role in some case, or null for anyone. */
    public javafx.beans.property.ObjectProperty<org.vigia.model.CaseRole> roleProperty() {
        return role;
    }

    public ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public PagedList<Person> rows() {
        return rows;
    }
}
