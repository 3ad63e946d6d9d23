package org.civitas.sharing.targets;

import jakarta.enterprise.context.ApplicationScoped;
import org.civitas.sharing.ShareTarget;

import java.util.Optional;

/** Shares to Pinterest. */
@ApplicationScoped
public class PinterestTarget implements ShareTarget {

    @Override
    public String id() {
        return "pinterest";
    }

    @Override
    public String label() {
        return "Pinterest";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<String> shareUrl(String link, String title, String option) {
        return shareUrl(link, title, option, null);
    }

    /** With a picture, Pinterest pins that one rather than guessing from the page. */
    @Override
    public Optional<String> shareUrl(String link, String title, String option, String media) {
        return Optional.of("https://pinterest.com/pin/create/button/?url=" + ShareTarget.encode(link)
                + (media == null ? "" : "&media=" + ShareTarget.encode(media))
                + "&description=" + ShareTarget.encode(title));
    }
}
