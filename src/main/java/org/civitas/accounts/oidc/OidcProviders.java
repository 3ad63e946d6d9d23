package org.civitas.accounts.oidc;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The providers people may sign in with, read once from the configuration: {@code CIVITAS_OIDC_PROVIDERS} lists
 * their ids, and each has {@code CIVITAS_OIDC_<ID>_ISSUER}, {@code _CLIENT_ID}, {@code _CLIENT_SECRET} and optionally
 * {@code _SCOPES}, {@code _ACR_VALUES}, {@code _LABEL}, {@code _VERIFIED_IDENTITY}, {@code _TOKEN_AUTH}
 * ({@code post} or {@code basic}). A provider missing its issuer, client id or secret is left out, with a warning.
 */
@ApplicationScoped
public class OidcProviders {

    private static final Logger LOG = Logger.getLogger(OidcProviders.class.getName());

    @Inject
    private Config config;

    private Map<String, OidcProvider> providers = Map.of();

    private List<OidcProvider> order = List.of();

    @PostConstruct
    void read() {
        Map<String, OidcProvider> read = new LinkedHashMap<>();
        String ids = config.getOptionalValue("civitas.oidc.providers", String.class).orElse("");
        for (String id : Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            if (!id.matches("[a-z0-9][a-z0-9-]{0,39}")) {
                LOG.warning(() -> "OpenID provider id '" + id + "' left out: lower-case letters, digits and '-' only");
                continue;
            }
            Optional<String> issuer = value(id, "issuer");
            Optional<String> clientId = value(id, "client-id");
            Optional<String> secret = value(id, "client-secret");
            if (issuer.isEmpty() || clientId.isEmpty() || secret.isEmpty()) {
                LOG.warning(() -> "OpenID provider " + id + " left out: its issuer, client id or client secret is not set");
                continue;
            }
            String iss = issuer.get().endsWith("/") ? issuer.get().substring(0, issuer.get().length() - 1) : issuer.get();
            List<String> acr = Arrays.stream(value(id, "acr-values").orElse("").split("\\s+"))
                    .filter(s -> !s.isBlank()).toList();
            read.put(id, new OidcProvider(id, value(id, "label").orElse(id), iss, clientId.get(), secret.get(),
                    value(id, "scopes").orElse("openid email profile"), acr,
                    Boolean.parseBoolean(value(id, "verified-identity").orElse("false")),
                    "basic".equalsIgnoreCase(value(id, "token-auth").orElse("post"))));
        }
        providers = Map.copyOf(read);
        order = List.copyOf(read.values());
        if (!order.isEmpty()) {
            LOG.info(() -> "Sign-in with OpenID Connect through " + order);
        }
    }

    /**
     * A provider's setting: {@code civitas.oidc.<id>.<name>} in MicroProfile Config, whose environment form is
     * {@code CIVITAS_OIDC_<ID>_<NAME>} (dashes as underscores, upper case).
     */
    private Optional<String> value(String id, String name) {
        return config.getOptionalValue("civitas.oidc." + id + "." + name, String.class).map(String::strip)
                .filter(s -> !s.isEmpty());
    }

    /** The providers in the order of {@code CIVITAS_OIDC_PROVIDERS}, as the sign-in page offers them. */
    public List<OidcProvider> all() {
        return order;
    }

    public Optional<OidcProvider> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(providers.get(id));
    }
}
