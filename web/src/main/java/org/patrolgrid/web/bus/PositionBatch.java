package org.patrolgrid.web.bus;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.MessageCodec;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The body of {@link BusAddress#POSITIONS_STORED}: positions an owner passed, each as its device and its JSON object
 * text, rendered once by the tracker. Immutable, so the local event bus hands the same instance to every consumer
 * instead of deep-copying a JSON array per consumer (at thousands of positions a second that copy cost more than the
 * rendering); between cluster members it travels as length-prefixed UTF-8.
 */
public final class PositionBatch {
    private final String[] devices;
    private final String[] objects;

    /** {@code objects.get(i)} is the JSON object text of a position of {@code devices.get(i)}. */
    public PositionBatch(List<String> devices, List<String> objects) {
        if (devices.size() != objects.size()) {
            throw new IllegalArgumentException(devices.size() + " devices for " + objects.size() + " positions");
        }
        this.devices = devices.toArray(String[]::new);
        this.objects = objects.toArray(String[]::new);
    }

    public int size() {
        return devices.length;
    }

    public String device(int i) {
        return devices[i];
    }

    /** The position's JSON object, as text. */
    public String object(int i) {
        return objects[i];
    }

    /** The batch as a JSON array of position objects (decoded: for tests and tools, not the stream). */
    public JsonArray toJson() {
        JsonArray out = new JsonArray();
        for (String o : objects) {
            out.add(new JsonObject(o));
        }
        return out;
    }

    /** Lets {@code bus} carry batches; a no-op when it already can. */
    public static synchronized void register(EventBus bus) {
        try {
            bus.registerDefaultCodec(PositionBatch.class, new Codec());
        } catch (IllegalStateException alreadyRegistered) {
            // registered by another verticle of this Vert.x instance
        }
    }

    static final class Codec implements MessageCodec<PositionBatch, PositionBatch> {
        @Override
        public void encodeToWire(Buffer buffer, PositionBatch batch) {
            buffer.appendInt(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                append(buffer, batch.devices[i]);
                append(buffer, batch.objects[i]);
            }
        }

        @Override
        public PositionBatch decodeFromWire(int pos, Buffer buffer) {
            int n = buffer.getInt(pos);
            int at = pos + 4;
            String[] devices = new String[n];
            String[] objects = new String[n];
            for (int i = 0; i < n; i++) {
                devices[i] = read(buffer, at);
                at += 4 + buffer.getInt(at);
                objects[i] = read(buffer, at);
                at += 4 + buffer.getInt(at);
            }
            return new PositionBatch(List.of(devices), List.of(objects));
        }

        @Override
        public PositionBatch transform(PositionBatch batch) {
            return batch; // immutable
        }

        @Override
        public String name() {
            return "patrolgrid.position-batch";
        }

        @Override
        public byte systemCodecID() {
            return -1;
        }

        private static void append(Buffer buffer, String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            buffer.appendInt(bytes.length).appendBytes(bytes);
        }

        private static String read(Buffer buffer, int at) {
            int length = buffer.getInt(at);
            return buffer.getString(at + 4, at + 4 + length, "UTF-8");
        }
    }
}
