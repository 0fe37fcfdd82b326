package org.vigia.service.imports;

import java.util.List;
import org.jooq.DSLContext;
import org.vigia.model.FieldError;
import org.vigia.model.Permission;

/**
 * What one kind of import file (cases, people...) adds to the framework: its columns, how a row
 * becomes a checked value, and how a value is written. {@link ImportService} reads the file
 * twice (it never holds all rows): the first pass calls {@link #parse} and {@link #clashes} on
 * every row; the second, inside the one transaction of the file, calls {@link #parse} again and
 * {@link #write} on each good row. One instance serves one import (it may remember what it saw).
 * <p>
 * The column {@code external_ref} is the framework's: always required, checked (1 to
 * {@link #REF_MAX} characters, no control characters) and unique in the file before
 * {@link #parse} is called.
 */
public interface ImportKind<T> {
    String EXTERNAL_REF = "external_ref";
    int REF_MAX = 60;

    /** How the written rows went. */
    enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** The kind's name in reports and the audit ("cases"). */
    String name();

    /** The permission an import of this kind needs. */
    Permission permission();

    /** Columns the header must name (besides external_ref). */
    List<String> requiredColumns();

    /** Columns the header may name. */
    List<String> optionalColumns();

    /**
     * Reads and checks one row (the same rules as the editor), reading the database at most.
     * Throws {@link org.vigia.model.ValidationException} whose errors are named by column.
     */
    T parse(DSLContext dsl, ImportRow row);

    /** First pass only, after a successful parse: problems with earlier rows of the same file (a repeated number...). */
    default List<FieldError> clashes(T value, ImportRow row) {
        return List.of();
    }

    /**
     * First pass only, after the row passed every check: notices about it (a possible duplicate
     * of an existing person...). They do not refuse the row.
     */
    default List<ImportNotice> notices(T value, ImportRow row) {
        return List.of();
    }

    /** Writes a parsed value inside the file's transaction, with its audit event. */
    Outcome write(DSLContext tx, T value);
}
