package org.patrolgrid.web;

/**
 * Configuration of the HTTP layer.
 *
 * @param host the address to bind, for example 0.0.0.0
 * @param port the HTTP port; 0 picks a free one
 */
public record WebOptions(String host, int port) {}
