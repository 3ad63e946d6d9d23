package org.civitas.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.platform.CachedSettings;
import org.civitas.platform.Town;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * The SMTP server and the outbox's rhythm, from server.env. Without {@code CIVITAS_MAIL_HOST} the portal sends no
 * mail and writes none to the outbox (notifications stay in the portal).
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "civitas.mail.host")
    private Optional<String> host;

    @Inject
    @ConfigProperty(name = "civitas.mail.port", defaultValue = "25")
    private int port;

    @Inject
    @ConfigProperty(name = "civitas.mail.username")
    private Optional<String> username;

    @Inject
    @ConfigProperty(name = "civitas.mail.password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "civitas.mail.starttls", defaultValue = "false")
    private boolean starttls;

    @Inject
    @ConfigProperty(name = "civitas.mail.from", defaultValue = "civitas@localhost")
    private String from;

    @Inject
    @ConfigProperty(name = "civitas.mail.poll-seconds", defaultValue = "30")
    private int pollSeconds;

    @Inject
    @ConfigProperty(name = "civitas.mail.retry-seconds", defaultValue = "60")
    private int retrySeconds;

    @Inject
    @ConfigProperty(name = "civitas.mail.max-attempts", defaultValue = "12")
    private int maxAttempts;

    @Inject
    private CachedSettings settings;

    /** The address of the portal, for links in mail: the one an administrator set, else this. */
    @Inject
    @ConfigProperty(name = "civitas.public-url", defaultValue = "http://localhost:9080")
    private String publicUrl;

    public boolean isEnabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    Properties smtp() {
        Properties p = new Properties();
        p.put("mail.smtp.host", host.orElse("localhost"));
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        // With STARTTLS on, a relay that does not offer it (or a connection stripped of it) is refused rather than
        // sent mail and the password in clear, and the relay's certificate must name the host.
        p.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        p.put("mail.smtp.starttls.required", String.valueOf(starttls));
        p.put("mail.smtp.ssl.checkserveridentity", String.valueOf(starttls));
        p.put("mail.smtp.auth", String.valueOf(username.isPresent()));
        return p;
    }

    Optional<String> username() {
        return username;
    }

    Optional<String> password() {
        return password;
    }

    String from() {
        return from;
    }

    Duration poll() {
        return Duration.ofSeconds(Math.max(1, pollSeconds));
    }

    Duration retryBase() {
        return Duration.ofSeconds(Math.max(1, retrySeconds));
    }

    int maxAttempts() {
        return Math.max(1, maxAttempts);
    }

    public String publicUrl() {
        String url = settings.value(Town.PUBLIC_URL_SETTING).orElse(publicUrl);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
