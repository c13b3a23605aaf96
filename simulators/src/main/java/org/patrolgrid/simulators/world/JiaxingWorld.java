package org.patrolgrid.simulators.world;

import java.util.ArrayList;
import java.util.List;
import org.patrolgrid.geofence.zone.AreaZone;
import org.patrolgrid.geofence.zone.GridZone;
import org.patrolgrid.geofence.zone.PostZone;
import org.patrolgrid.geofence.zone.RouteZone;
import org.patrolgrid.geofence.zone.Zone;

/** The generated demo world: unit grids, patrol areas, posts and routes in the urban core of 南湖区 and 秀洲区. */
public record JiaxingWorld(List<GridZone> grids, List<AreaZone> areas, List<PostZone> posts, List<RouteZone> routes) {
    public JiaxingWorld {
        grids = List.copyOf(grids);
        areas = List.copyOf(areas);
        posts = List.copyOf(posts);
        routes = List.copyOf(routes);
    }

    /** Every zone: grids, then areas, posts and routes. */
    public List<Zone> zones() {
        List<Zone> all = new ArrayList<>(grids);
        all.addAll(areas);
        all.addAll(posts);
        all.addAll(routes);
        return all;
    }
}
