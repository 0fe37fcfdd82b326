package org.vigia.ui.common;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.ObservableListBase;

/**
 * A list of {@code size} rows of which only the pages someone looked at are in memory. A row
 * not loaded yet reads as {@code null} and asks its page from the loader; when the page
 * arrives its rows are announced as replaced. At most {@link #MAX_PAGES} pages are kept.
 */
public final class PagedList<T> extends ObservableListBase<T> {
    public static final int PAGE_SIZE = 100;
    public static final int MAX_PAGES = 20;

    /**
     * Loads rows [offset, offset + limit) and hands them to {@code done} on the UI thread, or
     * calls {@code failed} (the page is asked again the next time a row of it is read).
     */
    public interface PageLoader<T> {
        void load(int offset, int limit, Consumer<List<T>> done, Runnable failed);
    }

    private final PageLoader<T> loader;
    private final Map<Integer, List<T>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<T>> eldest) {
            return size() > MAX_PAGES;
        }
    };
    private final Set<Integer> loading = new HashSet<>();
    private int size;
    private int generation;

    public PagedList(PageLoader<T> loader) {
        this.loader = loader;
    }

    /** Forgets every loaded page and announces a list of {@code newSize} rows. */
    public void reset(int newSize) {
        int old = size;
        size = newSize;
        pages.clear();
        loading.clear();
        generation++;
        beginChange();
        if (old > 0) {
            nextRemove(0, Collections.nCopies(old, null));
        }
        if (newSize > 0) {
            nextAdd(0, newSize);
        }
        endChange();
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / PAGE_SIZE;
        List<T> rows = pages.get(page);
        if (rows == null) {
            request(page);
            return null;
        }
        int at = index - page * PAGE_SIZE;
        return at < rows.size() ? rows.get(at) : null;
    }

    @Override
    public int size() {
        return size;
    }

    public int loadedPages() {
        return pages.size();
    }

    private void request(int page) {
        if (!loading.add(page)) {
            return;
        }
        int requestedIn = generation;
        int offset = page * PAGE_SIZE;
        loader.load(offset, PAGE_SIZE, rows -> {
            if (requestedIn != generation) {
                return;
            }
            loading.remove(page);
            pages.put(page, List.copyOf(rows));
            int to = Math.min(size, offset + rows.size());
            if (to > offset) {
                beginChange();
                nextReplace(offset, to, Collections.nCopies(to - offset, null));
                endChange();
            }
        }, () -> {
            if (requestedIn == generation) {
                loading.remove(page);
            }
        });
    }
}
