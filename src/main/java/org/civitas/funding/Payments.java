package org.civitas.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The payment providers the portal knows, and the one the town collects through ({@code CIVITAS_PAYMENT_PROVIDER},
 * {@code hosted} by default), when the server's environment configures it.
 */
@ApplicationScoped
public class Payments {

    @Inject
    private Instance<PaymentProvider> providers;

    @Inject
    @ConfigProperty(name = "civitas.payment.provider", defaultValue = "hosted")
    private String chosen;

    /** The provider new pledges go through; empty when none is configured (pledges are then not offered). */
    public Optional<PaymentProvider> current() {
        return byId(chosen).filter(PaymentProvider::configured);
    }

    /** A provider by the id kept with a pledge. */
    public Optional<PaymentProvider> byId(String id) {
        return providers.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
