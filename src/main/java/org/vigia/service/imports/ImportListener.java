package org.vigia.service.imports;

/**
 * Follows an import as it runs: {@link #progress} receives the work done out of the total (bytes
 * of the file read, twice: one pass checks, one writes), and {@link #cancelled} is asked between
 * rows; a cancelled import stops and changes nothing.
 */
public interface ImportListener {
    ImportListener NONE = new ImportListener() {
    };

    default void progress(long done, long total) {
    }

    default boolean cancelled() {
        return false;
    }
}
