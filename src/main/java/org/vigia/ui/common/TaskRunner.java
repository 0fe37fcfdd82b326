package org.vigia.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;

/**
 * The one way a ViewModel calls a service: the work runs off the JavaFX thread, and the
 * callbacks run on it. {@link SameThreadTaskRunner} runs everything in place, for tests.
 */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the UI thread (progress reports from inside a task). */
    void ui(Runnable action);

    /** Number of tasks started and not yet finished (drives the busy indicator). */
    ReadOnlyIntegerProperty runningProperty();
}
