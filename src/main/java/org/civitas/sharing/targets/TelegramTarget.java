package org.civitas.sharing.targets;

import jakarta.enterprise.context.ApplicationScoped;
import org.civitas.sharing.ShareTarget;

import java.util.Optional;

/** Shares to Telegram. */
@ApplicationScoped
public class TelegramTarget implements ShareTarget {

    @Override
    public String id() {
        return "telegram";
    }

    @Override
    public String label() {
        return "Telegram";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public Optional<String> shareUrl(String link, String title, String option) {
        return Optional.of("https://t.me/share/url?url=" + ShareTarget.encode(link) + "&text=" + ShareTarget.encode(title));
    }
}
