package org.vigia.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.vigia.model.Operation;

/** A mutable builder of {@link Operation}: a valid new operation unless a test changes a field. */
public final class OperationDraft {
    private UUID id;
    private int version;
    private String code = "TURQUESA-IV";
    private String name = "Turquesa IV";
    private LocalDate start = LocalDate.of(2025, 11, 24);
    private LocalDate end = LocalDate.of(2025, 11, 28);
    private List<String> countries = List.of("CO", "PE", "BR");
    private String unit = "Operational coordination unit";
    private List<String> partners = List.of("UNODC", "IOM");

    public static OperationDraft valid() {
        return new OperationDraft();
    }

    public static OperationDraft valid(String code) {
        return new OperationDraft().code(code).name("Operation " + code);
    }

    public static OperationDraft of(Operation op) {
        OperationDraft d = new OperationDraft();
        d.id = op.id();
        d.version = op.version();
        d.code = op.code();
        d.name = op.name();
        d.start = op.startDate();
        d.end = op.endDate();
        d.countries = op.countries();
        d.unit = op.coordinationUnit();
        d.partners = op.partners();
        return d;
    }

    public OperationDraft version(int v) { version = v; return this; }
    public OperationDraft code(String v) { code = v; return this; }
    public OperationDraft name(String v) { name = v; return this; }
    public OperationDraft start(LocalDate v) { start = v; return this; }
    public OperationDraft end(LocalDate v) { end = v; return this; }
    /** Countries as given (the list may hold nulls or blanks). */
    public OperationDraft countries(String... v) { countries = new ArrayList<>(java.util.Arrays.asList(v)); return this; }
    public OperationDraft unit(String v) { unit = v; return this; }
    public OperationDraft partners(List<String> v) { partners = v; return this; }
    public OperationDraft partners(String... v) { partners = java.util.Arrays.asList(v); return this; }

    public Operation build() {
        return new Operation(id, version, code, name, start, end, countries, unit, partners);
    }
}
