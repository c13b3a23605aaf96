package org.patrolgrid.geofence.attendance;

import java.util.ArrayList;
import java.util.List;

/** Collects the events of one step; allocates nothing when there are none, which is the usual case. */
final class Events {
    private List<AttendanceEvent> list;

    void add(AttendanceEvent event) {
        if (list == null) {
            list = new ArrayList<>(2);
        }
        list.add(event);
    }

    List<AttendanceEvent> list() {
        return list == null ? List.of() : List.copyOf(list);
    }
}
