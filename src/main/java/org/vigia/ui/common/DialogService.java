package org.vigia.ui.common;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Every dialog a ViewModel or view asks for goes through here (tests answer with a stub). */
public interface DialogService {
    boolean confirm(String title, String message);

    void error(String message);

    void info(String message);

    /**
     * Asks for an existing file to open; {@code filterLabel} describes the {@code extensions}
     * shown (like "*.csv"). Empty when the person cancelled.
     */
    Optional<java.nio.file.Path> chooseFileToOpen(String title, String filterLabel, String... extensions);

    <T> Optional<T> choose(String title, String message, List<T> choices, T initial,
                           Function<T, String> label);

    /** Asks for a line of text (e.g. a reason); empty when cancelled. */
    Optional<String> ask(String title, String message, String initial);

    /** A file to read (e.g. evidence to attach), or empty when the person cancels. */
    Optional<java.nio.file.Path> chooseFileToOpen(String title);

    /** Where to write a file, proposing {@code suggestedName}; empty when the person cancels. */
    Optional<java.nio.file.Path> chooseFileToSave(String title, String suggestedName);
}
