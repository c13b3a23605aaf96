package org.patrolgrid.simulators.load;

/** Makes the moving device for a seed: a free walk round Jiaxing's core, or a walk along the world's patrols. */
@FunctionalInterface
public interface DeviceMotion {
    MovingDevice create(long seed, long startTs);

    DeviceMotion FREE_WALK = WalkingDevice::new;
}
