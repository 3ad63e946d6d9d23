package org.civitas.publishing.networks;

import org.civitas.platform.outbox.DeliveryFailure;
import org.civitas.platform.outbox.Receipt;
import org.civitas.publishing.CityAccount;
import org.civitas.publishing.Credentials;
import org.civitas.publishing.Engagement;
import org.civitas.publishing.NetworkClient;

import java.util.Optional;

/**
 * A network's client that is also the city's account on it configured by the server's environment (id and name the
 * network's): its calls are the client's, with the environment's credentials.
 */
abstract class EnvironmentAccount implements CityAccount, NetworkClient {

    /** The account the server's environment configures (parts may be null: see {@link #configured}). */
    protected abstract Credentials env();

    @Override
    public String id() {
        return network().id();
    }

    @Override
    public String label() {
        return network().label();
    }

    @Override
    public Receipt publish(Post post) throws DeliveryFailure {
        return publish(env(), post);
    }

    @Override
    public Optional<Receipt> find(Post post) throws DeliveryFailure {
        return find(env(), post);
    }

    @Override
    public Optional<Engagement> engagement(String remoteId) throws DeliveryFailure {
        return engagement(env(), remoteId);
    }
}
