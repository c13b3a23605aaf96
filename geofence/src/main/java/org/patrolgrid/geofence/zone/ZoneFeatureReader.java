package org.patrolgrid.geofence.zone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.patrolgrid.geofence.geo.Crs;
import org.patrolgrid.geofence.geo.GeoJsonException;

/**
 * Imports zones from a GeoJSON Feature or FeatureCollection given as the generic tree any JSON parser produces
 * ({@code Map}/{@code List}/{@code Number}/{@code String}/{@code Boolean}); no JSON library is used here.
 *
 * <p>Properties follow CONTRACT.md §3 "Zones". An area's {@code grids} may name grids of the same import or grids
 * already known ({@code knownGrids}). All problems are collected and thrown together as a {@link
 * ZoneImportException}, each as {@code feature <id or #index>: <reason>} (index from 0); nothing is returned then.
 */
public final class ZoneFeatureReader {
    private final Function<String, Optional<GridZone>> knownGrids;
    private final FeatureZoneBuilder builder;

    public ZoneFeatureReader(Function<String, Optional<GridZone>> knownGrids, Crs crs) {
        this.knownGrids = knownGrids;
        this.builder = new FeatureZoneBuilder(crs);
    }

    /** A reader of WGS-84 input that knows no grids beyond the import. */
    public ZoneFeatureReader() {
        this(id -> Optional.empty(), Crs.WGS84);
    }

    /** The zones of the import, in input order. */
    public List<Zone> readZones(Object featureOrCollection) {
        return read(featureOrCollection).stream().map(ZoneFeature::zone).toList();
    }

    /** The zones with their uninterpreted properties, in input order. */
    public List<ZoneFeature> read(Object featureOrCollection) {
        List<?> features = features(featureOrCollection);
        List<String> errors = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>(features.size());
        Map<String, Draft> byId = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            Draft draft = draft(features.get(i), i, errors);
            drafts.add(draft);
            if (draft.id != null && byId.putIfAbsent(draft.id, draft) != null) {
                errors.add("feature " + draft.label + ": duplicate id " + draft.id + " in this import");
            }
        }
        for (Draft draft : drafts) {
            if (draft.gridIds != null) {
                resolveArea(draft, byId, errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new ZoneImportException(errors);
        }
        return drafts.stream().map(d -> new ZoneFeature(d.zone, d.attributes)).toList();
    }

    private static List<?> features(Object tree) {
        if (tree instanceof Map<?, ?> map && "FeatureCollection".equals(map.get("type"))) {
            if (map.get("features") instanceof List<?> list) {
                return list;
            }
            throw new ZoneImportException(List.of("input: FeatureCollection without a features array"));
        }
        if (tree instanceof Map<?, ?> map && "Feature".equals(map.get("type"))) {
            return List.of(map);
        }
        throw new ZoneImportException(List.of("input: expected a GeoJSON Feature or FeatureCollection"));
    }

    private Draft draft(Object feature, int index, List<String> errors) {
        Draft draft = new Draft("#" + index);
        try {
            if (!(feature instanceof Map<?, ?> map) || !"Feature".equals(map.get("type"))) {
                throw new FeatureProperties.FeatureException("not a GeoJSON Feature");
            }
            if (map.get("properties") != null && !(map.get("properties") instanceof Map<?, ?>)) {
                throw new FeatureProperties.FeatureException("properties must be an object");
            }
            var props = new FeatureProperties((Map<?, ?>) map.get("properties"));
            String id = props.optionalText("id");
            if (id != null && !id.isBlank()) {
                draft.id = id;
                draft.label = id;
            }
            fill(draft, props, map.get("geometry"));
        } catch (GeoJsonException | FeatureProperties.FeatureException e) {
            errors.add("feature " + draft.label + ": " + e.getMessage());
        } catch (InvalidZoneException e) {
            errors.add("feature " + draft.label + ": " + e.reason());
        }
        return draft;
    }

    private void fill(Draft draft, FeatureProperties props, Object geometry) {
        String id = props.text("id");
        String kindText = props.text("kind");
        ZoneKind kind;
        try {
            kind = ZoneKind.fromWire(kindText);
        } catch (IllegalArgumentException e) {
            throw new FeatureProperties.FeatureException("unknown kind " + kindText + " (grid|area|post|route)");
        }
        draft.name = props.text("name");
        draft.district = props.text("district");
        draft.zone = builder.build(kind, id, draft.name, draft.district, props, geometry);
        if (draft.zone == null) {
            draft.gridIds = FeatureZoneBuilder.gridIds(props);
        }
        draft.attributes = props.rest();
    }

    private void resolveArea(Draft area, Map<String, Draft> byId, List<String> errors) {
        List<GridZone> grids = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String gridId : area.gridIds) {
            Draft imported = byId.get(gridId);
            if (imported != null && imported.zone instanceof GridZone grid) {
                grids.add(grid);
            } else if (imported != null && imported.zone != null) {
                problems.add(gridId + " is a " + imported.zone.kind().wireName() + ", not a grid");
            } else if (imported != null && imported.gridIds != null) {
                problems.add(gridId + " is an area, not a grid");
            } else if (imported != null) {
                problems.add("grid " + gridId + " is itself invalid");
            } else {
                knownGrids.apply(gridId).ifPresentOrElse(grids::add, () -> problems.add("unknown grid " + gridId));
            }
        }
        if (!problems.isEmpty()) {
            errors.add("feature " + area.label + ": area references " + String.join(", ", problems));
            return;
        }
        try {
            area.zone = AreaZone.ofGrids(area.id, area.name, area.district, grids);
        } catch (InvalidZoneException e) {
            errors.add("feature " + area.label + ": " + e.reason());
        }
    }

    /** One feature on its way to a zone. */
    private static final class Draft {
        String label;
        String id;
        String name;
        String district;
        Zone zone;
        List<String> gridIds;
        Map<String, Object> attributes = Map.of();

        Draft(String label) {
            this.label = label;
        }
    }
}
