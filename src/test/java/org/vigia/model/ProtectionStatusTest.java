package org.vigia.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pair of protection statuses, allowed or refused, against a table written out by hand
 * (forward moves with skipping, in care and referred both ways, the four outcomes final).
 */
class ProtectionStatusTest {
    /** From each status, the statuses it may move to; every other pair is refused. */
    private static final Map<String, String> ALLOWED = Map.of(
            "IDENTIFIED", "RESCUED INTERVIEWED IN_CARE REFERRED REPATRIATED RELEASED INTEGRATED OTHER",
            "RESCUED", "INTERVIEWED IN_CARE REFERRED REPATRIATED RELEASED INTEGRATED OTHER",
            "INTERVIEWED", "IN_CARE REFERRED REPATRIATED RELEASED INTEGRATED OTHER",
            "IN_CARE", "REFERRED REPATRIATED RELEASED INTEGRATED OTHER",
            "REFERRED", "IN_CARE REPATRIATED RELEASED INTEGRATED OTHER",
            "REPATRIATED", "",
            "RELEASED", "",
            "INTEGRATED", "",
            "OTHER", "");

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (ProtectionStatus from : ProtectionStatus.values()) {
            Set<String> allowed = Set.of(ALLOWED.get(from.name()).split(" "));
            for (ProtectionStatus to : ProtectionStatus.values()) {
                pairs.add(Arguments.of(from, to, allowed.contains(to.name())));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("everyPair")
    void eachMoveIsAllowedOrRefusedAsTheTableSays(ProtectionStatus from, ProtectionStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
        assertThat(ProtectionStatus.allowedAfter(from).contains(to)).isEqualTo(allowed);
    }

    @Test
    void theTableCoversEveryPairAndBothAnswers() {
        assertThat(everyPair().count()).isEqualTo(81);
        assertThat(everyPair().filter(a -> (boolean) a.get()[2]).count()).isEqualTo(8 + 7 + 6 + 5 + 5);
    }

    @Test
    void aHistoryStartsWithIdentifiedOrRescued() {
        assertThat(ProtectionStatus.allowedAfter(null))
                .containsExactlyInAnyOrder(ProtectionStatus.IDENTIFIED, ProtectionStatus.RESCUED);
        assertThat(ProtectionStatus.values()).filteredOn(ProtectionStatus::canStart)
                .containsExactly(ProtectionStatus.IDENTIFIED, ProtectionStatus.RESCUED);
    }

    @Test
    void theOutcomesAreFinalAndNothingMovesToNull() {
        assertThat(ProtectionStatus.values()).filteredOn(ProtectionStatus::isFinal).containsExactly(
                ProtectionStatus.REPATRIATED, ProtectionStatus.RELEASED, ProtectionStatus.INTEGRATED,
                ProtectionStatus.OTHER);
        assertThat(ProtectionStatus.IDENTIFIED.canMoveTo(null)).isFalse();
    }
}
