package org.civitas.sharing.targets;

import jakarta.enterprise.context.ApplicationScoped;
import org.civitas.sharing.ShareTarget;

import java.util.Optional;

/** Shares to WhatsApp. */
@ApplicationScoped
public class WhatsAppTarget implements ShareTarget {

    @Override
    public String id() {
        return "whatsapp";
    }

    @Override
    public String label() {
        return "WhatsApp";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Optional<String> shareUrl(String link, String title, String option) {
        return Optional.of("https://wa.me/?text=" + ShareTarget.encode(title + " " + link));
    }
}
