package org.civitas.accounts.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import static org.civitas.accounts.oidc.OidcFailure.Reason.TOKEN;
import static org.civitas.accounts.oidc.OidcFailure.Reason.UNAVAILABLE;

/**
 * The portal as an OpenID Connect client (authorization code flow with PKCE): the provider's discovery document and
 * keys (cached an hour; the keys fetched again, at most once a minute, when a token names one not seen yet), the
 * authorization address, the code's exchange, the ID token's verification and the userinfo call. Every call has a
 * connection timeout of 5 s and an answer timeout of 10 s: a slow provider fails a sign-in, never a server thread.
 */
@ApplicationScoped
public class OidcClient {

    private static final Logger LOG = Logger.getLogger(OidcClient.class.getName());

    private static final Duration DISCOVERY_TTL = Duration.ofHours(1);
    private static final Duration KEYS_REFETCH_AFTER = Duration.ofMinutes(1);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** Clocks differ a little between servers: what exp, nbf and iat tolerate. */
    private static final int SKEW_SECONDS = 60;

    /** What the portal accepts to verify an ID token with; {@code none} and anything weaker never. */
    private static final Set<JWSAlgorithm> ACCEPTED = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.HS256);

    @Inject
    private Clock clock;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final Map<String, Discovery> discoveries = new ConcurrentHashMap<>();

    public OidcClient() {
        // For CDI
    }

    /** A client outside the container (its tests). */
    OidcClient(Clock clock) {
        this.clock = clock;
    }

    /** A provider's endpoints and keys as its discovery document gives them. */
    record Discovery(String authorization, String token, String userinfo, String jwksUri, String endSession,
                     Set<JWSAlgorithm> algorithms, Instant fetchedAt, JWKSet keys, Instant keysFetchedAt) {

        Discovery withKeys(JWKSet fresh, Instant now) {
            return new Discovery(authorization, token, userinfo, jwksUri, endSession, algorithms, fetchedAt, fresh, now);
        }
    }

    /** Where to send the browser to sign in at the provider. */
    public URI authorizationAddress(OidcProvider provider, OidcAttempt attempt) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", provider.clientId());
        query.put("redirect_uri", attempt.redirectUri());
        query.put("scope", provider.scopes());
        query.put("state", attempt.state());
        query.put("nonce", attempt.nonce());
        query.put("code_challenge", attempt.challenge());
        query.put("code_challenge_method", "S256");
        if (!provider.acrValues().isEmpty()) {
            query.put("acr_values", String.join(" ", provider.acrValues()));
        }
        String endpoint = discovery(provider).authorization();
        return URI.create(endpoint + (endpoint.contains("?") ? "&" : "?") + form(query));
    }

    /**
     * The provider's logout address ({@code end_session_endpoint}) for a session signed in with this ID token, or
     * nothing when the provider has none (or cannot be reached: signing out of the portal does not wait for it).
     */
    public Optional<URI> endSessionAddress(OidcProvider provider, String idToken, String postLogoutRedirect,
                                                     String state) {
        try {
            String endpoint = discovery(provider).endSession();
            if (endpoint == null) {
                return Optional.empty();
            }
            Map<String, String> query = new LinkedHashMap<>();
            query.put("id_token_hint", idToken);
            query.put("post_logout_redirect_uri", postLogoutRedirect);
            query.put("state", state);
            return Optional.of(URI.create(endpoint + (endpoint.contains("?") ? "&" : "?") + form(query)));
        } catch (OidcFailure e) {
            LOG.warning(() -> "No logout at " + provider.id() + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Exchanges the code the callback brought for tokens, verifies the ID token (signature, issuer, audience, times,
     * nonce, level of assurance) and reads the userinfo. Anything amiss is an {@link OidcFailure}.
     */
    public OidcIdentity complete(OidcProvider provider, OidcAttempt attempt, String code) {
        Discovery discovery = discovery(provider);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", attempt.redirectUri());
        form.put("code_verifier", attempt.verifier());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(discovery.token())).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json");
        if (provider.basicAuth()) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (enc(provider.clientId()) + ":" + enc(provider.clientSecret())).getBytes(StandardCharsets.UTF_8)));
        } else {
            form.put("client_id", provider.clientId());
            form.put("client_secret", provider.clientSecret());
        }
        HttpResponse<String> answer = send(request.POST(HttpRequest.BodyPublishers.ofString(form(form))).build());
        if (answer.statusCode() != 200) {
            throw new OidcFailure(TOKEN, provider.id() + " refused the code: " + answer.statusCode() + " "
                    + shorten(answer.body()));
        }
        Map<String, Object> tokens = json(answer.body());
        String idToken = tokens.get("id_token") instanceof String s ? s : null;
        String accessToken = tokens.get("access_token") instanceof String s ? s : null;
        if (idToken == null || accessToken == null) {
            throw new OidcFailure(TOKEN, provider.id() + " gave no ID token or no access token");
        }
        JWTClaimsSet claims = verifyIdToken(provider, idToken, attempt.nonce());
        Map<String, Object> info = new LinkedHashMap<>(claims.getClaims());
        if (discovery.userinfo() != null) {
            Map<String, Object> userinfo = userinfo(provider, discovery, accessToken);
            if (!claims.getSubject().equals(userinfo.get("sub"))) {
                throw new OidcFailure(TOKEN, provider.id() + "'s userinfo is of another subject than its ID token");
            }
            info.putAll(userinfo);
        }
        String email = info.get("email") instanceof String s && !s.isBlank() ? s.strip() : null;
        Object verified = info.get("email_verified");
        boolean emailVerified = Boolean.TRUE.equals(verified) || "true".equals(verified);
        return new OidcIdentity(provider.id(), claims.getSubject(), email, emailVerified, displayName(info, email),
                idToken);
    }

    /**
     * The ID token's checks (OpenID Connect Core 3.1.3.7): signed with an accepted algorithm by a key of the
     * provider's JWKS (or, for HS256, with the client secret), issued by the provider for this client, not expired,
     * not issued in the future, holding the nonce of this attempt, and of an asked level of assurance.
     */
    JWTClaimsSet verifyIdToken(OidcProvider provider, String idToken, String nonce) {
        Discovery discovery = discovery(provider);
        JWSAlgorithm algorithm;
        try {
            algorithm = SignedJWT.parse(idToken).getHeader().getAlgorithm();
        } catch (ParseException e) {
            throw new OidcFailure(TOKEN, provider.id() + "'s ID token is not a signed JWT", e);
        }
        if (!ACCEPTED.contains(algorithm) || !discovery.algorithms().contains(algorithm)) {
            throw new OidcFailure(TOKEN, provider.id() + "'s ID token is signed with " + algorithm
                    + ", which is not accepted");
        }
        JWTClaimsSet claims;
        try {
            claims = process(provider, discovery, algorithm, idToken, nonce);
        } catch (BadJOSEException e) {
            Discovery current = discoveries.get(provider.id());
            if (algorithm.equals(JWSAlgorithm.HS256) || current == null
                    || !clock.instant().isAfter(current.keysFetchedAt().plus(KEYS_REFETCH_AFTER))) {
                throw new OidcFailure(TOKEN, provider.id() + "'s ID token is refused: " + e.getMessage(), e);
            }
            // Perhaps signed with a key the provider published since: read its keys again, once
            Discovery refreshed = current.withKeys(keys(provider, current.jwksUri()), clock.instant());
            discoveries.put(provider.id(), refreshed);
            try {
                claims = process(provider, refreshed, algorithm, idToken, nonce);
            } catch (BadJOSEException again) {
                throw new OidcFailure(TOKEN, provider.id() + "'s ID token is refused: " + again.getMessage(), again);
            }
        }
        if (claims.getIssueTime().toInstant().isAfter(clock.instant().plusSeconds(SKEW_SECONDS))) {
            throw new OidcFailure(TOKEN, provider.id() + "'s ID token is issued in the future");
        }
        if (!provider.acrValues().isEmpty()) {
            Object acr = claims.getClaim("acr");
            if (!(acr instanceof String level) || !provider.acrValues().contains(level)) {
                throw new OidcFailure(TOKEN, provider.id() + "'s ID token has acr " + acr + ", not one of "
                        + provider.acrValues());
            }
        }
        return claims;
    }

    private JWTClaimsSet process(OidcProvider provider, Discovery discovery, JWSAlgorithm algorithm, String token,
                                 String nonce) throws BadJOSEException {
        JWKSource<SecurityContext> keys = algorithm.equals(JWSAlgorithm.HS256)
                ? new ImmutableSecret<>(provider.clientSecret().getBytes(StandardCharsets.UTF_8))
                : new ImmutableJWKSet<>(discovery.keys());
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithm, keys));
        DefaultJWTClaimsVerifier<SecurityContext> verifier = new DefaultJWTClaimsVerifier<>(provider.clientId(),
                new JWTClaimsSet.Builder().issuer(provider.issuer()).claim("nonce", nonce).build(),
                Set.of("sub", "iat", "exp", "nonce"));
        verifier.setMaxClockSkew(SKEW_SECONDS);
        processor.setJWTClaimsSetVerifier(verifier);
        try {
            return processor.process(token, null);
        } catch (ParseException | JOSEException e) {
            throw new OidcFailure(TOKEN, provider.id() + "'s ID token cannot be verified: " + e.getMessage(), e);
        }
    }

    private Map<String, Object> userinfo(OidcProvider provider, Discovery discovery, String accessToken) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(discovery.userinfo())).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + accessToken).header("Accept", "application/json").GET().build());
        if (answer.statusCode() != 200) {
            throw new OidcFailure(UNAVAILABLE, provider.id() + "'s userinfo answered " + answer.statusCode());
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("application/jwt")) {
            // A signed userinfo (FranceConnect v2): the same keys and checks as the ID token, without the nonce
            try {
                JWSAlgorithm algorithm = SignedJWT.parse(answer.body().strip()).getHeader().getAlgorithm();
                if (!ACCEPTED.contains(algorithm)) {
                    throw new OidcFailure(TOKEN, provider.id() + "'s userinfo is signed with " + algorithm);
                }
                JWKSource<SecurityContext> keys = algorithm.equals(JWSAlgorithm.HS256)
                        ? new ImmutableSecret<>(provider.clientSecret().getBytes(StandardCharsets.UTF_8))
                        : new ImmutableJWKSet<>(discovery.keys());
                DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
                processor.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithm, keys));
                processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(null,
                        new JWTClaimsSet.Builder().issuer(provider.issuer()).build(), Set.of("sub")));
                return processor.process(answer.body().strip(), null).getClaims();
            } catch (ParseException | JOSEException | BadJOSEException e) {
                throw new OidcFailure(TOKEN, provider.id() + "'s signed userinfo is refused: " + e.getMessage(), e);
            }
        }
        return json(answer.body());
    }

    /** The discovery document and keys of a provider, fetched once an hour at most. */
    Discovery discovery(OidcProvider provider) {
        Discovery known = discoveries.get(provider.id());
        Instant now = clock.instant();
        if (known != null && now.isBefore(known.fetchedAt().plus(DISCOVERY_TTL))) {
            return known;
        }
        HttpResponse<String> answer = send(HttpRequest.newBuilder(
                URI.create(provider.issuer() + "/.well-known/openid-configuration")).timeout(TIMEOUT)
                .header("Accept", "application/json").GET().build());
        if (answer.statusCode() != 200) {
            throw new OidcFailure(UNAVAILABLE, provider.id() + "'s discovery answered " + answer.statusCode());
        }
        Map<String, Object> document = json(answer.body());
        if (!provider.issuer().equals(document.get("issuer"))) {
            // OpenID Connect Discovery 4.3: the document must be the issuer's own
            throw new OidcFailure(UNAVAILABLE, provider.id() + "'s discovery names another issuer: "
                    + document.get("issuer"));
        }
        String authorization = string(document, "authorization_endpoint");
        String token = string(document, "token_endpoint");
        String jwksUri = string(document, "jwks_uri");
        if (authorization == null || token == null || jwksUri == null) {
            throw new OidcFailure(UNAVAILABLE, provider.id() + "'s discovery lacks an endpoint");
        }
        Set<JWSAlgorithm> algorithms = document.get("id_token_signing_alg_values_supported") instanceof List<?> list
                ? list.stream().map(String::valueOf).map(JWSAlgorithm::parse).collect(Collectors.toSet())
                : Set.of(JWSAlgorithm.RS256);
        Discovery fresh = new Discovery(authorization, token, string(document, "userinfo_endpoint"), jwksUri,
                string(document, "end_session_endpoint"), algorithms, now, keys(provider, jwksUri), now);
        discoveries.put(provider.id(), fresh);
        return fresh;
    }

    private JWKSet keys(OidcProvider provider, String jwksUri) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(jwksUri)).timeout(TIMEOUT)
                .header("Accept", "application/json").GET().build());
        if (answer.statusCode() != 200) {
            throw new OidcFailure(UNAVAILABLE, provider.id() + "'s keys answered " + answer.statusCode());
        }
        try {
            return JWKSet.parse(answer.body());
        } catch (ParseException e) {
            throw new OidcFailure(UNAVAILABLE, provider.id() + "'s keys cannot be read", e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new OidcFailure(UNAVAILABLE, request.uri().getHost() + " cannot be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OidcFailure(UNAVAILABLE, "interrupted", e);
        }
    }

    private static Map<String, Object> json(String body) {
        try {
            return JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            throw new OidcFailure(UNAVAILABLE, "not a JSON object: " + shorten(body), e);
        }
    }

    private static String string(Map<String, Object> document, String name) {
        return document.get(name) instanceof String s && !s.isBlank() ? s : null;
    }

    /** A display name from the claims: given and family names, else the name, else the e-mail's local part. */
    static String displayName(Map<String, Object> claims, String email) {
        String given = claims.get("given_name") instanceof String s ? s.strip() : "";
        String family = claims.get("family_name") instanceof String s ? s.strip() : "";
        String name = (given + " " + family).strip();
        if (name.isEmpty() && claims.get("name") instanceof String s) {
            name = s.strip();
        }
        if (name.isEmpty() && email != null) {
            name = email.substring(0, Math.max(0, email.indexOf('@'))).strip();
        }
        name = name.replaceAll("\\p{Cntrl}", "").replaceAll("\\s+", " ");
        if (name.length() > 60) {
            name = name.substring(0, 60).strip();
        }
        return name.length() < 2 ? "Citoyen·ne" : name;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String shorten(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
