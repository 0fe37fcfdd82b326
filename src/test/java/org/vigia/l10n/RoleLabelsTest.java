package org.vigia.l10n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigia.model.ArrestStatus;
import org.vigia.model.CaseRole;
import org.vigia.model.Classification;
import org.vigia.model.ControlMethod;
import org.vigia.model.Conveyance;
import org.vigia.model.DecidingOrganization;
import org.vigia.model.ExploitationType;
import org.vigia.model.JourneyEventType;
import org.vigia.model.LabourIndustry;
import org.vigia.model.NoticeColour;
import org.vigia.model.PerpetratorRole;
import org.vigia.model.RecruitmentMethod;
import org.vigia.model.SexualExploitationType;
import org.vigia.model.TraffickerRelationship;
import org.vigia.model.TraffickingStatus;

/** Every code of the role and journey lists has a label (key PREFIX.NAME) in every language. */
class RoleLabelsTest {
    /** The label prefix of each code list, as screens pass it to Messages.label(prefix, value). */
    static final Map<String, Class<? extends Enum<?>>> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("role.case", CaseRole.class);
        PREFIXES.put("role.classification", Classification.class);
        PREFIXES.put("suspect.arrest", ArrestStatus.class);
        PREFIXES.put("suspect.notice", NoticeColour.class);
        PREFIXES.put("suspect.processRole", PerpetratorRole.class);
        PREFIXES.put("victim.status", TraffickingStatus.class);
        PREFIXES.put("victim.decidedBy", DecidingOrganization.class);
        PREFIXES.put("victim.relationship", TraffickerRelationship.class);
        PREFIXES.put("victim.recruitment", RecruitmentMethod.class);
        PREFIXES.put("victim.control", ControlMethod.class);
        PREFIXES.put("victim.exploitation", ExploitationType.class);
        PREFIXES.put("victim.industry", LabourIndustry.class);
        PREFIXES.put("victim.sexualExploitation", SexualExploitationType.class);
        PREFIXES.put("journey.event", JourneyEventType.class);
        PREFIXES.put("journey.conveyance", Conveyance.class);
    }

    @ParameterizedTest(name = "messages_{0}: every role and journey code has a label")
    @ValueSource(strings = {"en", "es", "pt", "fr"})
    void everyCodeHasALabel(String language) {
        Messages m = new Messages(Locale.forLanguageTag(language));
        PREFIXES.forEach((prefix, type) -> {
            for (Enum<?> value : type.getEnumConstants()) {
                assertThat(m.has(prefix + "." + value.name())).as("%s.%s in messages_%s", prefix, value.name(), language)
                        .isTrue();
                assertThat(m.label(prefix, value)).isNotBlank().doesNotStartWith("!");
            }
        });
        // labels of one list are told apart
        PREFIXES.forEach((prefix, type) -> {
            Set<String> labels = Arrays.stream(type.getEnumConstants()).map(v -> m.label(prefix, v))
                    .collect(Collectors.toSet());
            assertThat(labels).as("distinct labels of %s in messages_%s", prefix, language)
                    .hasSize(type.getEnumConstants().length);
        });
    }

    @ParameterizedTest(name = "messages_{0}: the ISIC sections keep their letter")
    @ValueSource(strings = {"en", "es", "pt", "fr"})
    void industriesStartWithTheirSectionLetter(String language) {
        Messages m = new Messages(Locale.forLanguageTag(language));
        for (LabourIndustry i : LabourIndustry.values()) {
            assertThat(m.label("victim.industry", i)).startsWith(i.name().substring(0, 1) + " - ");
        }
    }
}
