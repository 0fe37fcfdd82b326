package org.vigia.service.imports;

import java.util.List;

/**
 * Something worth a look about a row that was imported (not a reason to refuse it), e.g. a
 * possible duplicate of an existing person: the row's line and external reference, a message
 * key and its arguments (ids and line numbers, never names).
 */
public record ImportNotice(long line, String externalRef, String key, List<Object> args) {
    public ImportNotice {
        externalRef = externalRef == null ? "" : externalRef;
        args = List.copyOf(args);
    }

    public static ImportNotice of(ImportRow row, String key, Object... args) {
        return new ImportNotice(row.line(), row.get(ImportKind.EXTERNAL_REF), key, List.of(args));
    }
}
