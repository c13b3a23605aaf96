package org.patrolgrid.simulators.world;

import org.locationtech.jts.geom.Geometry;

/**
 * A district outline in WGS-84 (x = lon, y = lat).
 *
 * @param adcode the 6-digit district code, for example 330402 for 南湖区
 */
public record DistrictBoundary(String adcode, String name, Geometry area) {}
