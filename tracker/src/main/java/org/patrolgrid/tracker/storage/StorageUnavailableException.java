package org.patrolgrid.tracker.storage;

/** The database cannot be reached or used: a server fault. */
public final class StorageUnavailableException extends RuntimeException {
    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
