package org.patrolgrid.web.live;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.patrolgrid.web.api.ApiFault;
import org.patrolgrid.web.auth.AuthHandler;
import org.patrolgrid.web.auth.Scope;
import org.patrolgrid.web.bus.BusAddress;
import org.patrolgrid.web.bus.PositionBatch;
import org.patrolgrid.web.health.WebMeters;

/**
 * {@code GET /api/v1/live/stream}: Server-Sent Events about visible devices: {@code event: position} for each position
 * of {@link BusAddress#POSITIONS_STORED} (a {@link PositionBatch}, or JSON), {@code event: alert} for
 * {@link BusAddress#ALERT_CHANGED} and {@code event: attendance} for {@link BusAddress#ATTENDANCE_CHANGED}, the bus
 * object as data. {@code ?events=alert,attendance} limits a stream to those kinds: an alert desk then neither waits
 * behind nor parses the position stream, and a kind no subscriber wants is not even encoded. A comment line every
 * {@link #HEARTBEAT} keeps proxies from closing an idle stream. A subscriber that cannot keep up loses events (counted
 * in {@link WebMeters#LIVE_DROPPED}) rather than slowing everyone down. All state stays on the verticle's event loop.
 */
public final class LiveStreamResource {
    public static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private static final System.Logger LOG = System.getLogger(LiveStreamResource.class.getName());

    /** What {@code ?events=} may name, comma-separated; a stream without it gets all of them. */
    private static final List<String> EVENT_NAMES = List.of("position", "alert", "attendance");

    private record Subscriber(Scope scope, Set<String> events, HttpServerResponse response) {}

    /**
     * One bus object (a JSON object, or its text); its event text is built on first use, so an event no subscriber may
     * see costs nothing.
     */
    private static final class Event {
        private final String name;
        private final String device;
        private final Object data;
        private String text;

        Event(String name, JsonObject object) {
            this(name, object.getString("device"), object);
        }

        Event(String name, String device, Object data) {
            this.name = name;
            this.device = device;
            this.data = data;
        }

        String device() {
            return device;
        }

        String text() {
            if (text == null) {
                String json = data instanceof JsonObject object ? object.encode() : (String) data;
                text = "event: " + name + "\ndata: " + json + "\n\n";
            }
            return text;
        }
    }

    private final Vertx vertx;
    private final DeviceDirectory directory;
    private final Set<Subscriber> subscribers = new HashSet<>();
    private final Counter dropped;
    private Future<Void> delivered = Future.succeededFuture();

    public LiveStreamResource(Vertx vertx, DeviceDirectory directory, MeterRegistry registry) {
        this.vertx = vertx;
        this.directory = directory;
        this.dropped = registry.counter(WebMeters.LIVE_DROPPED);
        registry.gauge(WebMeters.LIVE_SUBSCRIBERS, subscribers, Set::size);
    }

    /** Loads the device directory and starts listening; call from the verticle's start. */
    public Future<Void> start() {
        PositionBatch.register(vertx.eventBus());
        vertx.eventBus().<String>consumer(BusAddress.DEVICE_CHANGED, message -> directory.refresh(message.body()));
        vertx.eventBus().consumer(BusAddress.POSITIONS_STORED, message -> onBatch("position", message.body()));
        vertx.eventBus().consumer(BusAddress.ALERT_CHANGED, message -> onBatch("alert", message.body()));
        vertx.eventBus().consumer(BusAddress.ATTENDANCE_CHANGED, message -> onBatch("attendance", message.body()));
        vertx.setPeriodic(
                HEARTBEAT.toMillis(),
                id -> subscribers.forEach(s -> s.response().write(": ping\n\n")));
        return directory.load();
    }

    public void mount(Router router, String base) {
        router.get(base + "/live/stream").handler(this::subscribe);
    }

    private void subscribe(RoutingContext ctx) {
        Subscriber subscriber = new Subscriber(
                AuthHandler.scope(ctx), eventsWanted(ctx.request().getParam("events")), ctx.response());
        subscriber
                .response()
                .setChunked(true)
                .putHeader("Content-Type", "text/event-stream; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("X-Accel-Buffering", "no");
        subscriber.response().write(": connected\n\n");
        subscribers.add(subscriber);
        subscriber.response().closeHandler(closed -> subscribers.remove(subscriber));
    }

    /** The event names in {@code ?events=}: all when absent; 400 naming one that is not an event. */
    static Set<String> eventsWanted(String param) {
        if (param == null || param.isBlank()) {
            return Set.copyOf(EVENT_NAMES);
        }
        Set<String> wanted = new HashSet<>();
        for (String name : param.split(",", -1)) {
            if (!EVENT_NAMES.contains(name.trim())) {
                throw ApiFault.badRequest(
                        "events must name some of " + String.join(",", EVENT_NAMES) + ", not '" + name.trim() + "'");
            }
            wanted.add(name.trim());
        }
        return Set.copyOf(wanted);
    }

    /** Sends each object of the bus body (each with a "device" field) as one event named {@code name}. */
    private void onBatch(String name, Object body) {
        if (subscribers.stream().noneMatch(s -> s.events().contains(name))) {
            return; // nobody to send to: not even decoded
        }
        List<Event> events = events(name, body);
        if (events.isEmpty()) {
            return;
        }
        // Batches go out in arrival order, even when one waits for the directory to look up a new device.
        delivered = delivered
                .transform(previous ->
                        directory.resolve(events.stream().map(Event::device).toList()))
                .andThen(resolved -> {
                    if (resolved.failed()) {
                        LOG.log(
                                System.Logger.Level.WARNING,
                                "device lookup failed; new devices shown to admins only",
                                resolved.cause());
                    }
                    for (Subscriber subscriber : subscribers) {
                        if (subscriber.events().contains(name)) {
                            send(subscriber, events);
                        }
                    }
                });
    }

    private static List<Event> events(String name, Object body) {
        if (body instanceof PositionBatch positions) {
            List<Event> events = new ArrayList<>(positions.size());
            for (int i = 0; i < positions.size(); i++) {
                events.add(new Event(name, positions.device(i), positions.object(i)));
            }
            return events;
        }
        JsonArray batch = asArray(body);
        if (batch == null) {
            return List.of();
        }
        List<Event> events = new ArrayList<>(batch.size());
        for (Object element : batch) {
            if (element instanceof JsonObject object) {
                events.add(new Event(name, object));
            }
        }
        return events;
    }

    /** A bus body as an array of objects: a JsonArray, a single JsonObject, or either as JSON text or buffer. */
    private static JsonArray asArray(Object body) {
        Object value = body;
        if (body instanceof String text) {
            value = Json.decodeValue(text);
        } else if (body instanceof Buffer buffer) {
            value = Json.decodeValue(buffer);
        }
        if (value instanceof JsonObject object) {
            return new JsonArray().add(object);
        }
        return value instanceof JsonArray array ? array : null;
    }

    private void send(Subscriber subscriber, List<Event> events) {
        StringBuilder text = new StringBuilder();
        int count = 0;
        for (Event event : events) {
            if (directory.visible(subscriber.scope(), event.device())) {
                text.append(event.text());
                count++;
            }
        }
        if (count == 0) {
            return;
        }
        if (subscriber.response().writeQueueFull()) {
            dropped.increment(count);
        } else {
            subscriber.response().write(text.toString());
        }
    }
}
