package org.patrolgrid.tracker.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Typed, validated reads of the merged key-value map. Each failure names the key and the value. */
final class ConfigValues {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
    private final Map<String, String> values;

    ConfigValues(Map<String, String> values) {
        this.values = values;
    }

    ServerConfig toConfig() {
        Optional<String> db = text("db");
        db.ifPresent(ConfigValues::checkDbUrl);
        return new ServerConfig(
                port("mqtt-port", 1883),
                port("http-port", 8080),
                text("host").orElse("0.0.0.0"),
                db,
                Path.of(text("data-dir").orElse("./data")).toAbsolutePath().normalize(),
                text("admin-password"),
                bool("demo"),
                bool("cluster"),
                text("cluster-members")
                        .map(s -> Arrays.stream(s.split(","))
                                .map(String::trim)
                                .filter(m -> !m.isEmpty())
                                .toList())
                        .orElse(List.of()),
                port("cluster-port", 5701),
                integer("mqtt-instances", Math.max(1, Runtime.getRuntime().availableProcessors()), 1, 64),
                duration("max-future", Duration.ofMinutes(5)),
                duration("max-age", Duration.ofDays(7)),
                integer("max-payload", 65_536, 1_024, 16 * 1_048_576),
                integer("max-batch", 1_000, 1, 100_000),
                integer("commit-batch", 5_000, 1, 100_000),
                commitLinger(),
                webhooks(),
                duration("roster-refresh", Duration.ofSeconds(30)));
    }

    private Duration commitLinger() {
        Duration linger = duration("commit-linger", Duration.ofMillis(2));
        if (linger.isNegative() || linger.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new ConfigException(
                    "commit-linger: must be between 0ms and 1s, got '" + values.get("commit-linger") + "'");
        }
        return linger;
    }

    private List<String> webhooks() {
        List<String> urls = text("webhooks")
                .map(s -> Arrays.stream(s.split(","))
                        .map(String::trim)
                        .filter(u -> !u.isEmpty())
                        .toList())
                .orElse(List.of());
        for (String url : urls) {
            if (!url.matches("https?://[^\\s/]+.*")) {
                throw new ConfigException("webhooks: '" + url + "' is not an http(s) URL");
            }
        }
        return urls;
    }

    private Optional<String> text(String key) {
        String v = values.get(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    private int port(String key, int dflt) {
        return integer(key, dflt, 0, 65_535);
    }

    private int integer(String key, int dflt, int min, int max) {
        Optional<String> v = text(key);
        if (v.isEmpty()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n < min || n > max) {
                throw new ConfigException(key + ": " + n + " is outside " + min + ".." + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException(key + ": expected a whole number, got '" + v.get() + "'");
        }
    }

    private boolean bool(String key) {
        Optional<String> v = text(key);
        if (v.isEmpty()) {
            return false;
        }
        return switch (v.get().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new ConfigException(key + ": expected true or false, got '" + v.get() + "'");
        };
    }

    private Duration duration(String key, Duration dflt) {
        Optional<String> v = text(key);
        if (v.isEmpty()) {
            return dflt;
        }
        Matcher m = DURATION.matcher(v.get());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(v.get());
        } catch (RuntimeException e) {
            throw new ConfigException(key + ": expected a duration such as 5m, 7d or PT5M, got '" + v.get() + "'");
        }
    }

    private static void checkDbUrl(String url) {
        if (!url.matches("postgres(ql)?://.+")) {
            throw new ConfigException("db: expected postgresql://user:pass@host:port/db, got '" + url + "'");
        }
    }
}
