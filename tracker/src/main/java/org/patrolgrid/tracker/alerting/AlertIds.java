package org.patrolgrid.tracker.alerting;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The owner's alert book names alerts itself; this maps those names to the rows of table {@code alert}. */
public final class AlertIds {
    private final Map<String, Long> rows = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();

    public void bind(String bookId, long row) {
        rows.put(bookId, row);
        names.put(row, bookId);
    }

    public Optional<Long> row(String bookId) {
        return Optional.ofNullable(rows.get(bookId));
    }

    public Optional<String> bookId(long row) {
        return Optional.ofNullable(names.get(row));
    }

    public void forget(String bookId) {
        Long row = rows.remove(bookId);
        if (row != null) {
            names.remove(row);
        }
    }
}
