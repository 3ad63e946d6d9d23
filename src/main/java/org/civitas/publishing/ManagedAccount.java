package org.civitas.publishing;

import org.civitas.platform.outbox.DeliveryFailure;
import org.civitas.platform.outbox.Receipt;

import java.util.Optional;
import java.util.Set;

/**
 * One of the accounts administrators manage, as publishing uses it: the network's client with the account's
 * credentials, its secret opened only for the call. Unusable (not offered, its deliveries refused with a reason) when
 * taken out of use or when its secret cannot be opened (the server's key changed).
 */
final class ManagedAccount implements CityAccount {

    private final long id;
    private final String name;
    private final Network network;
    private final boolean active;
    private final Set<Long> editors;
    private final NetworkClient client;
    private final Credentials credentials;

    ManagedAccount(NetworkAccount account, NetworkClient client, Optional<String> secret) {
        this.id = account.getId();
        this.name = account.getName();
        this.network = account.getNetwork();
        this.active = account.isActive();
        this.editors = account.getEditors();
        this.client = client;
        this.credentials = secret.map(s -> new Credentials(account.getBaseUrl(), account.getIdentifier(), s))
                .orElse(null);
    }

    @Override
    public String id() {
        return "account-" + id;
    }

    @Override
    public String label() {
        return name + " (" + network.label() + ")";
    }

    @Override
    public String utmSource() {
        return network.id();
    }

    @Override
    public boolean configured() {
        return active && credentials != null && client != null;
    }

    @Override
    public boolean mayPublish(long official) {
        return editors.contains(official);
    }

    @Override
    public Receipt publish(Post post) throws DeliveryFailure {
        return client.publish(usable(), post);
    }

    @Override
    public Optional<Receipt> find(Post post) throws DeliveryFailure {
        return client.find(usable(), post);
    }

    @Override
    public Optional<Engagement> engagement(String remoteId) throws DeliveryFailure {
        return client.engagement(usable(), remoteId);
    }

    private Credentials usable() throws DeliveryFailure {
        if (!configured()) {
            throw new DeliveryFailure(null, false, "The account " + name
                    + " is out of use, or its secret cannot be opened with the server's key: enter it again");
        }
        return credentials;
    }
}
