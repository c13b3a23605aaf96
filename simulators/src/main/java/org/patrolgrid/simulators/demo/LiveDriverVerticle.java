package org.patrolgrid.simulators.demo;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.patrolgrid.simulators.load.DeviceCredential;
import org.patrolgrid.simulators.scenario.DeviceLink;
import org.patrolgrid.simulators.staff.SimFix;

/**
 * Plays scripted fixes live: once a second, every device publishes the fixes whose send time has come (by the
 * injected clock), one QoS 1 message at a time. Fixes already due at the start go out at once, as a device's buffered
 * upload would; fixes buffered during a signal loss go out together when it ends. All on this verticle's event loop.
 */
public final class LiveDriverVerticle extends VerticleBase {
    private static final long TICK_MS = 1000;

    private final String host;
    private final int mqttPort;
    private final Clock clock;
    private final List<Device> devices = new ArrayList<>();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private long timer = -1;

    private static final class Device {
        final DeviceCredential credential;
        final List<SimFix> fixes;
        DeviceLink link;
        int next;
        boolean connecting;

        Device(DeviceCredential credential, List<SimFix> fixes) {
            this.credential = credential;
            this.fixes = fixes.stream()
                    .sorted(Comparator.comparingLong(SimFix::sendAt).thenComparingLong(SimFix::ts))
                    .toList();
        }
    }

    public LiveDriverVerticle(
            String host,
            int mqttPort,
            Clock clock,
            List<DeviceCredential> credentials,
            Map<String, List<SimFix>> fixes) {
        this.host = host;
        this.mqttPort = mqttPort;
        this.clock = clock;
        credentials.forEach(c -> devices.add(new Device(c, fixes.getOrDefault(c.id(), List.of()))));
    }

    @Override
    public Future<?> start() {
        List<Future<Void>> connects = new ArrayList<>();
        for (Device d : devices) {
            if (!d.fixes.isEmpty()) {
                d.link = new DeviceLink(vertx, d.credential);
                connects.add(d.link.connect(host, mqttPort));
            }
        }
        return Future.all(connects).onSuccess(v -> {
            tick();
            timer = vertx.setPeriodic(TICK_MS, id -> tick());
        });
    }

    /**
     * Sends each idle device's due fixes. A batch only counts as sent at its PUBACK; a failed one is sent again, after
     * reconnecting when the connection dropped (for example while the server restarts).
     */
    private void tick() {
        long now = clock.millis();
        for (Device d : devices) {
            if (d.link == null
                    || d.link.busy()
                    || d.next >= d.fixes.size()
                    || d.fixes.get(d.next).sendAt() > now) {
                continue;
            }
            if (!d.link.connected()) {
                reconnect(d);
                continue;
            }
            int to = d.next;
            while (to < d.fixes.size()
                    && to - d.next < DeviceLink.MAX_BATCH
                    && d.fixes.get(to).sendAt() <= now) {
                to++;
            }
            List<SimFix> batch = d.fixes.subList(d.next, to);
            int end = to;
            d.link.publish(batch)
                    .onComplete(
                            v -> {
                                d.next = end;
                                sent.addAndGet(batch.size());
                            },
                            e -> failures.incrementAndGet());
        }
    }

    private void reconnect(Device d) {
        if (d.connecting) {
            return;
        }
        d.connecting = true;
        d.link.close();
        d.link = new DeviceLink(vertx, d.credential);
        d.link.connect(host, mqttPort).onComplete(v -> d.connecting = false, e -> {
            d.connecting = false;
            failures.incrementAndGet();
        });
    }

    public long fixesSent() {
        return sent.get();
    }

    public long failedMessages() {
        return failures.get();
    }

    @Override
    public Future<?> stop() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        List<Future<Void>> closes = new ArrayList<>();
        devices.stream().filter(d -> d.link != null).forEach(d -> closes.add(d.link.close()));
        return Future.join(closes);
    }
}
