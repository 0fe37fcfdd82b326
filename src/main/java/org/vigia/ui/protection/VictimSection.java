package org.vigia.ui.protection;

import java.util.UUID;
import java.util.function.Function;
import javafx.scene.Node;

/**
 * A tab of an open victim after "History" (e.g. services, support plan, consent): its node id,
 * its title, and how to build its content for the victim link id; built when first shown.
 */
public record VictimSection(String id, String title, Function<UUID, Node> content) {
}
