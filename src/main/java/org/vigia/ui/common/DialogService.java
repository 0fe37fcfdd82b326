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
}
