package org.vigia.ui.common;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Every dialog a ViewModel or view asks for goes through here (tests answer with a stub). */
public interface DialogService {
    boolean confirm(String title, String message);

    void error(String message);

    void info(String message);

    <T> Optional<T> choose(String title, String message, List<T> choices, T initial,
                           Function<T, String> label);

    /** Asks for a line of text (e.g. a reason); empty when cancelled. */
    Optional<String> ask(String title, String message, String initial);
}
