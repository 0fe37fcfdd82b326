package org.vigia.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs service calls on one background thread, in order, and reports back on the FX thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vigia-work");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (executor.isShutdown()) {
            LOG.debug("Work asked after the session closed is dropped");
            return; // e.g. a debounced search firing after sign-out: nothing is waiting for it
        }
        running.set(running.get() + 1);
        try {
            executor.execute(() -> task(work, onSuccess, onFailure));
        } catch (java.util.concurrent.RejectedExecutionException closedMeanwhile) {
            running.set(running.get() - 1); // closed by another thread just now: dropped as above
            LOG.debug("Work asked while the session closed is dropped");
        }
    }

    private <T> void task(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            T result = work.call();
            Platform.runLater(() -> {
                running.set(running.get() - 1);
                callback(() -> onSuccess.accept(result));
            });
        } catch (Throwable t) {
            if (!(t instanceof org.vigia.model.VigiaException)) {
                LOG.error("Background task failed", t);
            }
            Platform.runLater(() -> {
                running.set(running.get() - 1);
                callback(() -> onFailure.accept(t));
            });
        }
    }

    /** A failing callback is reported like any uncaught error, and the count stays right. */
    private static void callback(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            Thread.UncaughtExceptionHandler h = Thread.currentThread().getUncaughtExceptionHandler();
            h.uncaughtException(Thread.currentThread(), e);
        }
    }

    @Override
    public void ui(Runnable action) {
        Platform.runLater(action);
    }

    @Override
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Lets a write under way finish (up to 10 s), then stops. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.warn("Background work still running at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
