/**
 * The attendance processor: one {@link org.patrolgrid.geofence.attendance.AttendanceState} per shift, fed with
 * positions (in fix-time order) and clock ticks by {@link org.patrolgrid.geofence.attendance.AttendanceProcessor},
 * which returns {@link org.patrolgrid.geofence.attendance.AttendanceEvent}s and derives the
 * {@link org.patrolgrid.geofence.attendance.AttendanceRecord}.
 *
 * <p>Detectors, each a small pure step over the state:
 *
 * <ul>
 *   <li>{@code PresenceDetector}: arrival, late, absent (clock).
 *   <li>{@code FenceDetector}: off post / route deviation with accuracy-aware hysteresis, early leave (at the end).
 *   <li>{@code SignalDetector}: signal lost (clock) and regained.
 *   <li>{@code StationaryDetector}: no movement on a patrol.
 *   <li>{@code SuspicionDetector}: mock flag, impossible speed, teleport.
 *   <li>{@code CoverageDetector}: unit grids and H3 resolution-11 cells visited.
 *   <li>{@code RouteDetector}: route adherence, checkpoints visited and missed.
 * </ul>
 *
 * <p>Geometry is precomputed once per zone ({@link org.patrolgrid.geofence.attendance.ZoneGeometry}, cached by
 * {@link org.patrolgrid.geofence.attendance.ZoneGeometries}) and shared by all shifts through a
 * {@link org.patrolgrid.geofence.attendance.ShiftPlan}.
 */
package org.patrolgrid.geofence.attendance;
