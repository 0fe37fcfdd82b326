package org.vigia.ui.people;

import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vigia.model.Person;
import org.vigia.model.PersonMatch;
import org.vigia.service.persons.PersonService;
import org.vigia.ui.common.TaskRunner;

/**
 * The existing persons who may be the one being typed, asked of the service in the background;
 * an answer to an older question is dropped, and an unchanged answer leaves the list as it is.
 */
final class LikelyMatches {
    static final int LIMIT = 8;
    private final PersonService persons;
    private final TaskRunner runner;
    private final Supplier<Person> draft;
    private final ObservableList<PersonMatch> matches = FXCollections.observableArrayList();
    private int generation;

    /** {@code draft}: the person as typed now, or null while it cannot be read (a bad age). */
    LikelyMatches(PersonService persons, TaskRunner runner, Supplier<Person> draft) {
        this.persons = persons;
        this.runner = runner;
        this.draft = draft;
    }

    /** Asks again; nothing is asked until a name or a document is typed. */
    void refresh() {
        Person typed = draft.get();
        int mine = ++generation;
        if (typed == null || (typed.givenNames().isBlank() && typed.familyNames().isBlank()
                && typed.documents().isEmpty())) {
            matches.clear();
            return;
        }
        runner.run(() -> persons.matches(typed, LIMIT), found -> {
            if (mine == generation && !matches.equals(found)) {
                matches.setAll(found); // an unchanged answer leaves the list (and its buttons) as they are
            }
        }, t -> {
            if (mine == generation) {
                matches.clear();
            }
        });
    }

    ObservableList<PersonMatch> list() {
        return matches;
    }
}
