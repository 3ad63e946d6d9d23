package org.civitas.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.platform.PublicPage;
import org.civitas.platform.SettingsService;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-click unsubscribe of a mail (RFC 8058): a token that names one account and one topic (a kind of notice, or
 * a digest), signed with the portal's key so that nobody can stop another person's mail by guessing. No table: the
 * token is checked, not looked up, and works without signing in for as long as the key lasts (drawn once, kept in the
 * settings, the same on every server). It only ever stops mail, so a token forwarded with a mail stops that mail.
 * The mail carries two addresses: the {@code List-Unsubscribe} one, which mail clients post to ({@code /api/unsubscribe/<token>}),
 * and a page for people ({@code /unsubscribe?t=<token>}), where a button confirms (a link scanner that opens every
 * link changes nothing).
 */
@ApplicationScoped
public class UnsubscribeLinks {

    /** Where a mail's body says how to stop such mails; the sender replaces it by the page's address. */
    public static final String PLACEHOLDER = "[[unsubscribe]]";

    static final String KEY_SETTING = "mail.unsubscribe-key";

    private static final String VERSION = "u1";
    private static final Pattern TOKEN = Pattern.compile("u1\\.([0-9]{1,18})\\.([A-Z_]{1,20})\\.([A-Za-z0-9_-]{22})");

    /** Whose mail, about what. */
    public record Subscription(long accountId, String topic) {
    }

    @Inject
    private SettingsService settings;

    @Inject
    private MailSettings mail;

    private volatile byte[] key;

    /** The token for one account and one topic: {@code u1.<account>.<topic>.<mac>}. */
    public String token(long accountId, String topic) {
        if (topic == null || !topic.matches("[A-Z_]{1,20}")) {
            throw new IllegalArgumentException("Not a topic: " + topic);
        }
        String body = VERSION + "." + accountId + "." + topic;
        return body + "." + mac(body);
    }

    /** Whose mail and which topic a token names, when the portal signed it; anything else, empty. */
    public Optional<Subscription> read(String token) {
        if (token == null || token.length() > 80) {
            return Optional.empty();
        }
        Matcher m = TOKEN.matcher(token);
        if (!m.matches()) {
            return Optional.empty();
        }
        String body = VERSION + "." + m.group(1) + "." + m.group(2);
        if (!MessageDigest.isEqual(mac(body).getBytes(StandardCharsets.US_ASCII),
                m.group(3).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(new Subscription(Long.parseLong(m.group(1)), m.group(2)));
    }

    /** The address mail clients post {@code List-Unsubscribe=One-Click} to. */
    public String oneClick(long accountId, String topic) {
        return mail.publicUrl() + "/api/unsubscribe/" + token(accountId, topic);
    }

    /** The page a person opens from the mail's text, to confirm with a button. */
    public String page(long accountId, String topic) {
        return mail.publicUrl() + PublicPage.UNSUBSCRIBE.address() + "?t=" + token(accountId, topic);
    }

    private String mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] full = mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
            byte[] cut = new byte[16];
            System.arraycopy(full, 0, cut, 0, cut.length);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(cut);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] current = key;
        if (current == null) {
            current = settings.secretKey(KEY_SETTING);
            key = current;
        }
        return current;
    }
}
