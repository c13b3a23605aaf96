package org.patrolgrid.simulators.staff;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Relative weights of the behaviours, for example {@code late=0.1,absent=0.05}; behaviours not named keep their
 * default weight. Picking skips behaviours that do not apply to the zone.
 */
public final class BehaviourMix {
    private static final Map<Behaviour, Double> DEFAULTS = defaults();

    private final Map<Behaviour, Double> weights;

    public BehaviourMix(Map<Behaviour, Double> weights) {
        this.weights = new EnumMap<>(DEFAULTS);
        weights.forEach((behaviour, weight) -> {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weight of " + behaviour.wireName() + " must be >= 0");
            }
            this.weights.put(behaviour, weight);
        });
    }

    public static BehaviourMix standard() {
        return new BehaviourMix(Map.of());
    }

    /** Parses {@code name=weight,...}; an unknown name or a bad number is an {@link IllegalArgumentException}. */
    public static BehaviourMix parse(String text) {
        Map<Behaviour, Double> weights = new EnumMap<>(Behaviour.class);
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("expected behaviour=weight, got " + part);
            }
            try {
                weights.put(Behaviour.fromWire(kv[0]), Double.parseDouble(kv[1].trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("weight must be a number, got " + kv[1]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown behaviour " + kv[0].trim());
            }
        }
        return new BehaviourMix(weights);
    }

    public double weight(Behaviour behaviour) {
        return weights.get(behaviour);
    }

    /** A behaviour drawn by weight among those that apply to {@code kind}; {@link Behaviour#ON_TIME} if all are 0. */
    public Behaviour pick(SplittableRandom random, PatrolKind kind) {
        double total = 0;
        for (Behaviour b : Behaviour.values()) {
            total += b.appliesTo(kind) ? weights.get(b) : 0;
        }
        double draw = random.nextDouble() * total;
        for (Behaviour b : Behaviour.values()) {
            if (b.appliesTo(kind) && weights.get(b) > 0) {
                draw -= weights.get(b);
                if (draw < 0) {
                    return b;
                }
            }
        }
        return Behaviour.ON_TIME;
    }

    private static Map<Behaviour, Double> defaults() {
        Map<Behaviour, Double> m = new EnumMap<>(Behaviour.class);
        m.put(Behaviour.ON_TIME, 0.40);
        m.put(Behaviour.LATE, 0.08);
        m.put(Behaviour.ABSENT, 0.05);
        m.put(Behaviour.LEAVES_AREA, 0.08);
        m.put(Behaviour.EARLY_LEAVE, 0.05);
        m.put(Behaviour.STATIONARY, 0.07);
        m.put(Behaviour.SIGNAL_LOSS, 0.07);
        m.put(Behaviour.GPS_NOISE, 0.07);
        m.put(Behaviour.MOCK_LOCATION, 0.03);
        m.put(Behaviour.SKIPS_ROUTE, 0.06);
        m.put(Behaviour.LOW_BATTERY, 0.04);
        return m;
    }
}
