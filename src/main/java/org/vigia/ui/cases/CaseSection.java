package org.vigia.ui.cases;

import java.util.UUID;
import java.util.function.Function;
import javafx.scene.Node;

/**
 * A tab of the case editor after "Details" (People, Seizures, ...): its node id, its title and
 * how to build its content for a saved case. The tab is enabled once the case is saved, and its
 * content is built the first time it is shown.
 */
public record CaseSection(String id, String title, Function<UUID, Node> content) {
}
