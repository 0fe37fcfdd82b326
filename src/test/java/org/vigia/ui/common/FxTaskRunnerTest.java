package org.vigia.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class FxTaskRunnerTest {
    @Test
    void workAskedAfterCloseIsDroppedWithoutAnErrorOnTheCaller() {
        FxTaskRunner runner = new FxTaskRunner();
        runner.close();
        AtomicBoolean ran = new AtomicBoolean();
        runner.run(() -> {
            ran.set(true);
            return 1;
        }, x -> ran.set(true), t -> ran.set(true));
        assertThat(ran).isFalse();
        assertThat(runner.runningProperty().get()).isZero();
    }
}
