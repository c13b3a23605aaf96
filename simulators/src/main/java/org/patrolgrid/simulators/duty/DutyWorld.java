package org.patrolgrid.simulators.duty;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.patrolgrid.geofence.geo.Geo;

/**
 * A synthetic duty world for benchmarks: a square lattice of {@code grids} unit grids of {@link #GRID_METERS} from a
 * south-west corner, rows going north, with valid 14-digit codes ({@code district} + street {@code 001} + a 3-digit
 * community + a 2-digit sequence, 99 grids a community), and one patrol area per device made of a contiguous run of
 * grids. Device {@code i} patrols area {@code i} and walks around the centre of that area's first grid.
 */
public final class DutyWorld {
    public static final double GRID_METERS = 100;
    /** Grids per community: the sequence has two digits, 01–99. */
    static final int PER_COMMUNITY = 99;
    /** Communities 001–999. */
    public static final int MAX_GRIDS = PER_COMMUNITY * 999;

    private final int grids;
    private final int devices;
    private final String district;
    private final String prefix;
    private final double south;
    private final double west;
    private final int columns;
    private final double dLat;
    private final double dLon;

    /**
     * @param prefix zone ids are {@code prefix + "g-" + n} for grids and {@code prefix + "a-" + n} for areas
     */
    public DutyWorld(int grids, int devices, String district, String prefix, double south, double west) {
        if (grids < 1 || grids > MAX_GRIDS) {
            throw new IllegalArgumentException("grids must be between 1 and " + MAX_GRIDS + ", got " + grids);
        }
        if (devices < 1 || devices > grids) {
            throw new IllegalArgumentException("devices must be between 1 and the grids (" + grids + ")");
        }
        if (!district.matches("\\d{6}")) {
            throw new IllegalArgumentException("district must be a 6-digit adcode, got " + district);
        }
        this.grids = grids;
        this.devices = devices;
        this.district = district;
        this.prefix = prefix;
        this.south = south;
        this.west = west;
        this.columns = (int) Math.ceil(Math.sqrt(grids));
        this.dLat = GRID_METERS / Geo.metersPerDegreeLat();
        this.dLon = GRID_METERS / Geo.metersPerDegreeLon(south);
    }

    public int grids() {
        return grids;
    }

    public int devices() {
        return devices;
    }

    public String gridId(int grid) {
        return String.format(Locale.ROOT, "%sg-%05d", prefix, grid + 1);
    }

    public String areaId(int device) {
        return String.format(Locale.ROOT, "%sa-%05d", prefix, device + 1);
    }

    /** {@code district} + street 001 + community + sequence: 14 digits. */
    public String gridCode(int grid) {
        return String.format(
                Locale.ROOT, "%s001%03d%02d", district, grid / PER_COMMUNITY + 1, grid % PER_COMMUNITY + 1);
    }

    /** The first grid of device {@code device}'s area; areas split the grids into nearly equal contiguous runs. */
    public int firstGrid(int device) {
        return (int) ((long) device * grids / devices);
    }

    public double centreLat(int grid) {
        return south + (grid / columns + 0.5) * dLat;
    }

    public double centreLon(int grid) {
        return west + (grid % columns + 0.5) * dLon;
    }

    /** Grid features {@code from} (inclusive) to {@code to} (exclusive), per CONTRACT §3. */
    public List<JsonObject> gridFeatures(int from, int to) {
        List<JsonObject> features = new ArrayList<>(to - from);
        for (int g = from; g < to; g++) {
            double s = south + (g / columns) * dLat;
            double w = west + (g % columns) * dLon;
            JsonArray ring = new JsonArray()
                    .add(corner(w, s))
                    .add(corner(w + dLon, s))
                    .add(corner(w + dLon, s + dLat))
                    .add(corner(w, s + dLat))
                    .add(corner(w, s));
            JsonObject properties =
                    properties(gridId(g), "grid", "Bench grid " + (g + 1)).put("code", gridCode(g));
            features.add(feature(properties, "Polygon", new JsonArray().add(ring)));
        }
        return features;
    }

    /** Area features of devices {@code from} (inclusive) to {@code to} (exclusive), each listing its grids. */
    public List<JsonObject> areaFeatures(int from, int to) {
        List<JsonObject> features = new ArrayList<>(to - from);
        for (int d = from; d < to; d++) {
            JsonArray ids = new JsonArray();
            int end = d + 1 == devices ? grids : firstGrid(d + 1);
            for (int g = firstGrid(d); g < end; g++) {
                ids.add(gridId(g));
            }
            JsonObject properties =
                    properties(areaId(d), "area", "Bench area " + (d + 1)).put("grids", ids);
            features.add(new JsonObject()
                    .put("type", "Feature")
                    .put("properties", properties)
                    .putNull("geometry"));
        }
        return features;
    }

    public static JsonObject collection(List<JsonObject> features) {
        return new JsonObject().put("type", "FeatureCollection").put("features", new JsonArray(features));
    }

    private JsonObject properties(String id, String kind, String name) {
        return new JsonObject()
                .put("id", id)
                .put("kind", kind)
                .put("name", name)
                .put("district", district);
    }

    private static JsonObject feature(JsonObject properties, String type, JsonArray coordinates) {
        return new JsonObject()
                .put("type", "Feature")
                .put("properties", properties)
                .put("geometry", new JsonObject().put("type", type).put("coordinates", coordinates));
    }

    private static JsonArray corner(double lon, double lat) {
        return new JsonArray().add(round(lon)).add(round(lat));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }
}
