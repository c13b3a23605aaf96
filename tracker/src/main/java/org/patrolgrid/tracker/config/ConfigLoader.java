package org.patrolgrid.tracker.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads flags, the YAML config file and {@code PATROLGRID_*} environment variables into one {@link ServerConfig}.
 * Precedence: file, then flags, then environment.
 */
public final class ConfigLoader {
    /** Keys that take a value. */
    static final Set<String> VALUED = Set.of(
            "mqtt-port",
            "http-port",
            "host",
            "db",
            "data-dir",
            "admin-password",
            "cluster-members",
            "cluster-port",
            "mqtt-instances",
            "max-future",
            "max-age",
            "max-payload",
            "max-batch",
            "commit-batch",
            "commit-linger",
            "webhooks",
            "roster-refresh",
            "config");

    /** Keys that are switches. */
    static final Set<String> SWITCHES = Set.of("demo", "cluster");

    private ConfigLoader() {}

    public static ServerConfig load(String[] args, Map<String, String> env) {
        Map<String, String> flags = parseFlags(args);
        Map<String, String> merged = new LinkedHashMap<>();
        String file = env.getOrDefault("PATROLGRID_CONFIG", flags.get("config"));
        if (file != null) {
            merged.putAll(readYaml(Path.of(file)));
        }
        merged.putAll(flags);
        merged.putAll(fromEnv(env));
        return new ConfigValues(merged).toConfig();
    }

    static Map<String, String> parseFlags(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new ConfigException("unexpected argument '" + arg + "' (options start with --)");
            }
            String key = arg.substring(2);
            String value = null;
            int eq = key.indexOf('=');
            if (eq >= 0) {
                value = key.substring(eq + 1);
                key = key.substring(0, eq);
            }
            if (SWITCHES.contains(key)) {
                out.put(key, value == null ? "true" : value);
            } else if (VALUED.contains(key)) {
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new ConfigException("--" + key + " needs a value");
                    }
                    value = args[++i];
                }
                out.put(key, value);
            } else {
                throw new ConfigException("unknown option --" + key + " (see README, 'Configuration')");
            }
        }
        return out;
    }

    static Map<String, String> fromEnv(Map<String, String> env) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : allKeys()) {
            String name = "PATROLGRID_" + key.toUpperCase(Locale.ROOT).replace('-', '_');
            String value = env.get(name);
            if (value != null && !key.equals("config")) {
                out.put(key, value);
            }
        }
        return out;
    }

    private static List<String> allKeys() {
        String[] keys = new String[VALUED.size() + SWITCHES.size()];
        int i = 0;
        for (String k : VALUED) keys[i++] = k;
        for (String k : SWITCHES) keys[i++] = k;
        Arrays.sort(keys);
        return List.of(keys);
    }

    static Map<String, String> readYaml(Path file) {
        Object root;
        try (Reader reader = Files.newBufferedReader(file)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
        } catch (RuntimeException e) {
            throw new ConfigException("config file " + file + " is not valid YAML: " + firstLine(e.getMessage()));
        }
        if (root == null) {
            return Map.of();
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new ConfigException("config file " + file + " must be a mapping of keys to values");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (!VALUED.contains(key) && !SWITCHES.contains(key)) {
                throw new ConfigException("config file " + file + ": unknown key '" + key + "'");
            }
            Object v = e.getValue();
            out.put(
                    key,
                    v instanceof List<?> list
                            ? String.join(
                                    ",", list.stream().map(String::valueOf).toList())
                            : String.valueOf(v));
        }
        return out;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
