package org.civitas.publishing;

import org.civitas.platform.outbox.DeliveryFailure;
import org.civitas.platform.outbox.Receipt;

import java.util.Optional;

/**
 * Speaks one network's HTTP API for any account, given its credentials: what {@link CityAccount} does for the
 * account the server's environment configures, and for each account administrators manage in the portal. One
 * {@code @ApplicationScoped} bean per network.
 */
public interface NetworkClient {

    Network network();

    Receipt publish(Credentials credentials, CityAccount.Post post) throws DeliveryFailure;

    Optional<Receipt> find(Credentials credentials, CityAccount.Post post) throws DeliveryFailure;

    Optional<Engagement> engagement(Credentials credentials, String remoteId) throws DeliveryFailure;
}
