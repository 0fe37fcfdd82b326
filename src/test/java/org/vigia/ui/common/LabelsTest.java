package org.vigia.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class LabelsTest {
    @Test
    void withNoneKeepsTheNullOutOfTheSourceAndFollowsIt() {
        ObservableList<String> source = FXCollections.observableArrayList("A", "B");
        ObservableList<String> items = Labels.withNone(source);
        assertThat(items).containsExactly(null, "A", "B");
        source.setAll("C");
        assertThat(items).containsExactly(null, "C");
        items.remove(1);
        assertThat(source).containsExactly("C").doesNotContainNull();
    }
}
