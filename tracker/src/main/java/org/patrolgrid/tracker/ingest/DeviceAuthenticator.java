package org.patrolgrid.tracker.ingest;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.patrolgrid.web.auth.DeviceSecrets;

/**
 * Checks a device's id and secret at CONNECT. Only the SHA-256 of each secret is stored; secrets are random and long,
 * so a fast hash is enough. Credentials are cached and evicted when the device changes.
 */
public final class DeviceAuthenticator {
    /** What the listener needs to know about an authenticated device. */
    public record Device(String id, String kind, String district, String unit) {}

    private record Credentials(Device device, byte[] secretHash) {}

    private final Pool pool;
    private final ConcurrentHashMap<String, Credentials> cache = new ConcurrentHashMap<>();

    public DeviceAuthenticator(Pool pool) {
        this.pool = pool;
    }

    /** The device when id and secret match; empty for an unknown device or a wrong secret. */
    public Future<Optional<Device>> authenticate(String id, String secret) {
        if (id == null || secret == null) {
            return Future.succeededFuture(Optional.empty());
        }
        Credentials cached = cache.get(id);
        Future<Optional<Credentials>> creds = cached != null ? Future.succeededFuture(Optional.of(cached)) : load(id);
        return creds.map(c -> c.filter(k -> MessageDigest.isEqual(k.secretHash(), DeviceSecrets.hash(secret)))
                .map(Credentials::device));
    }

    private Future<Optional<Credentials>> load(String id) {
        return pool.preparedQuery("select id, kind, district, unit, secret_hash from device where id = $1")
                .execute(Tuple.of(id))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.<Credentials>empty();
                    }
                    Row r = rows.iterator().next();
                    Buffer hash = r.getBuffer("secret_hash");
                    Credentials c = new Credentials(
                            new Device(
                                    r.getString("id"),
                                    r.getString("kind"),
                                    r.getString("district"),
                                    r.getString("unit")),
                            hash.getBytes());
                    cache.put(id, c);
                    return Optional.of(c);
                });
    }

    /** Forgets the cached credentials of a device whose secret or attributes changed. */
    public void evict(String id) {
        cache.remove(id);
    }
}
