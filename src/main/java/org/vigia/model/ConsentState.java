package org.vigia.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The consent in force for one victim: per kind, and per organisation for sharing, the latest
 * answer wins (the latest date; on the same date, the one recorded last). An export asks
 * {@link #allowsServices()}, {@link #allowsReporting()} and {@link #allowsSharingWith(String)};
 * never asked means no.
 */
public final class ConsentState {
    private static final Comparator<ConsentRecord> ORDER = Comparator
            .comparing(ConsentRecord::on, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ConsentRecord::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final Map<ConsentKind, ConsentRecord> latest = new EnumMap<>(ConsentKind.class);
    private final Map<String, ConsentRecord> sharing = new LinkedHashMap<>();

    private ConsentState(Collection<ConsentRecord> history) {
        List<ConsentRecord> sorted = new ArrayList<>(history);
        sorted.sort(ORDER); // stable: records of the same date and time keep the order given
        for (ConsentRecord r : sorted) {
            if (r.kind() == ConsentKind.SHARING) {
                String key = key(r.organisation());
                if (key != null) {
                    sharing.remove(key);
                    sharing.put(key, r);
                }
            } else if (r.kind() != null) {
                latest.put(r.kind(), r);
            }
        }
    }

    /** The state after every record of {@code history} (of one victim, in the order recorded). */
    public static ConsentState of(Collection<ConsentRecord> history) {
        return new ConsentState(history);
    }

    public static ConsentState none() {
        return new ConsentState(List.of());
    }

    public boolean allowsServices() {
        return services() == ConsentAnswer.GIVEN;
    }

    public boolean allowsReporting() {
        return reporting() == ConsentAnswer.GIVEN;
    }

    /** Whether the latest answer about sharing with this organisation (case and spacing ignored) is yes. */
    public boolean allowsSharingWith(String organisationName) {
        return sharingWith(organisationName) == ConsentAnswer.GIVEN;
    }

    public ConsentAnswer services() {
        return answer(latest.get(ConsentKind.SERVICES));
    }

    public ConsentAnswer reporting() {
        return answer(latest.get(ConsentKind.NON_IDENTIFIABLE_REPORTING));
    }

    public ConsentAnswer sharingWith(String organisationName) {
        String key = key(organisationName);
        return answer(key == null ? null : sharing.get(key));
    }

    /** The answer in force for services or reporting (empty when never asked; SHARING: use {@link #sharing()}). */
    public Optional<ConsentRecord> latest(ConsentKind kind) {
        return kind == ConsentKind.SHARING ? Optional.empty() : Optional.ofNullable(latest.get(kind));
    }

    /** The answer in force for each organisation asked about, latest answered last. */
    public List<ConsentRecord> sharing() {
        return List.copyOf(sharing.values());
    }

    private static ConsentAnswer answer(ConsentRecord r) {
        if (r == null) {
            return ConsentAnswer.NOT_ASKED;
        }
        return r.given() ? ConsentAnswer.GIVEN : ConsentAnswer.WITHDRAWN;
    }

    /** An organisation's name as compared: trimmed, inner spaces collapsed, upper case. */
    public static String key(String organisationName) {
        if (organisationName == null || organisationName.isBlank()) {
            return null;
        }
        return organisationName.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
