package org.civitas.sharing.targets;

import jakarta.enterprise.context.ApplicationScoped;
import org.civitas.sharing.ShareTarget;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Shares to Mastodon: the person types their instance (a host name), the browser remembers it. */
@ApplicationScoped
public class MastodonTarget implements ShareTarget {

    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+");

    @Override
    public String id() {
        return "mastodon";
    }

    @Override
    public String label() {
        return "Mastodon";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public boolean asksForOption() {
        return true;
    }

    /** Empty unless {@code instance} is a plain host name (never a URL that could send the person elsewhere). */
    @Override
    public Optional<String> shareUrl(String link, String title, String instance) {
        if (instance == null) {
            return Optional.empty();
        }
        String host = instance.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("/+$", "");
        if (host.length() > 253 || !HOST.matcher(host).matches()) {
            return Optional.empty();
        }
        return Optional.of("https://" + host + "/share?text=" + ShareTarget.encode(title + " " + link));
    }
}
