package org.vigia.ui.common;

import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.util.Duration;

/**
 * Runs an action after a stretch without keyboard or mouse input in a scene (the idle lock).
 * Any key, click, scroll or mouse movement starts the wait again.
 */
public final class IdleTimer {
    private final Scene scene;
    private final PauseTransition wait;
    private final EventHandler<InputEvent> activity;

    public IdleTimer(Scene scene, Duration timeout, Runnable onIdle) {
        this.scene = scene;
        this.wait = new PauseTransition(timeout);
        wait.setOnFinished(e -> onIdle.run());
        this.activity = e -> wait.playFromStart();
        scene.addEventFilter(InputEvent.ANY, activity);
        wait.playFromStart();
    }

    public void setTimeout(Duration timeout) {
        wait.setDuration(timeout);
        wait.playFromStart();
    }

    /** Starts the wait again (e.g. after unlocking). */
    public void restart() {
        wait.playFromStart();
    }

    public void stop() {
        wait.stop();
        scene.removeEventFilter(InputEvent.ANY, activity);
    }
}
