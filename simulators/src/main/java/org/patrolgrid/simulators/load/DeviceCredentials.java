package org.patrolgrid.simulators.load;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;

/** Where a load run's device logins come from: anonymous ids, a credentials file, or provisioning over HTTP. */
final class DeviceCredentials {
    private final LoadOptions options;

    DeviceCredentials(LoadOptions options) {
        this.options = options;
    }

    Future<List<DeviceCredential>> obtain(Vertx vertx) {
        if (options.credentialsFile() != null) {
            return vertx.executeBlocking(this::fromFile);
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < options.devices(); i++) {
            ids.add(options.deviceId(i));
        }
        if (!options.provisionsOverHttp()) {
            return Future.succeededFuture(
                    ids.stream().map(DeviceCredential::anonymous).toList());
        }
        DeviceProvisioner provisioner =
                new DeviceProvisioner(vertx, options.host(), options.httpPort(), options.adminPassword());
        return provisioner
                .provision(ids)
                .compose(credentials -> options.writeCredentials() == null
                        ? Future.succeededFuture(credentials)
                        : vertx.executeBlocking(() -> {
                            CredentialsFile.write(options.writeCredentials(), credentials);
                            return credentials;
                        }))
                .eventually(provisioner::close);
    }

    private List<DeviceCredential> fromFile() {
        List<DeviceCredential> all = CredentialsFile.read(options.credentialsFile());
        if (all.size() < options.devices()) {
            throw new IllegalArgumentException(options.credentialsFile() + " holds " + all.size()
                    + " devices, fewer than --devices " + options.devices());
        }
        return List.copyOf(all.subList(0, options.devices()));
    }
}
