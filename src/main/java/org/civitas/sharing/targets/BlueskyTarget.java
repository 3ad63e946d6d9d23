package org.civitas.sharing.targets;

import jakarta.enterprise.context.ApplicationScoped;
import org.civitas.sharing.ShareTarget;

import java.util.Optional;

/** Shares to Bluesky. */
@ApplicationScoped
public class BlueskyTarget implements ShareTarget {

    @Override
    public String id() {
        return "bluesky";
    }

    @Override
    public String label() {
        return "Bluesky";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Optional<String> shareUrl(String link, String title, String option) {
        return Optional.of("https://bsky.app/intent/compose?text=" + ShareTarget.encode(title + " " + link));
    }
}
