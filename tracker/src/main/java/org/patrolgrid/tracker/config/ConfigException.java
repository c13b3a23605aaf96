package org.patrolgrid.tracker.config;

/** A flag, config file entry or environment variable that cannot be used. The message is one line for the user. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
