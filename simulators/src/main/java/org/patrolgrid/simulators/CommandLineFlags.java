package org.patrolgrid.simulators;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --name value} and {@code --switch} arguments of one sub-command. Unknown flags, a missing value or a value
 * that does not parse are an {@link IllegalArgumentException} whose message is fit for a one-line error.
 */
public final class CommandLineFlags {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)?");

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> switches = new HashSet<>();

    public CommandLineFlags(List<String> args, Set<String> valueFlags, Set<String> switchFlags) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (switchFlags.contains(arg)) {
                switches.add(arg);
            } else if (valueFlags.contains(arg)) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                values.put(arg, args.get(++i));
            } else {
                throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
    }

    public boolean has(String flag) {
        return values.containsKey(flag) || switches.contains(flag);
    }

    public String text(String flag, String fallback) {
        return values.getOrDefault(flag, fallback);
    }

    public int integer(String flag, int fallback, int min, int max) {
        String raw = values.get(flag);
        if (raw == null) {
            return fallback;
        }
        try {
            return checkRange(flag, Integer.parseInt(raw), min, max);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be an integer, got " + raw);
        }
    }

    public long longValue(String flag, long fallback) {
        String raw = values.get(flag);
        try {
            return raw == null ? fallback : Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be an integer, got " + raw);
        }
    }

    public double decimal(String flag, double fallback, double min, double max) {
        String raw = values.get(flag);
        if (raw == null) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(raw);
            if (!(value >= min && value <= max)) {
                throw new IllegalArgumentException(flag + " must be between " + min + " and " + max + ", got " + raw);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be a number, got " + raw);
        }
    }

    /** A duration such as {@code 30} (seconds), {@code 30s}, {@code 500ms}, {@code 5m} or {@code 1h}. */
    public Duration duration(String flag, Duration fallback) {
        String raw = values.get(flag);
        if (raw == null) {
            return fallback;
        }
        Matcher m = DURATION.matcher(raw.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(flag + " must be a duration like 30s, 500ms or 5m, got " + raw);
        }
        double amount = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis =
                switch (unit) {
                    case "ms" -> amount;
                    case "m" -> amount * 60_000;
                    case "h" -> amount * 3_600_000;
                    default -> amount * 1000;
                };
        return Duration.ofMillis(Math.round(millis));
    }

    private static int checkRange(String flag, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(flag + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }
}
