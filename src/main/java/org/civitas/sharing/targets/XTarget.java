package org.civitas.sharing.targets;

import jakarta.enterprise.context.ApplicationScoped;
import org.civitas.sharing.ShareTarget;

import java.util.Optional;

/** Shares to X. */
@ApplicationScoped
public class XTarget implements ShareTarget {

    @Override
    public String id() {
        return "x";
    }

    @Override
    public String label() {
        return "X";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<String> shareUrl(String link, String title, String option) {
        return Optional.of("https://x.com/intent/post?text=" + ShareTarget.encode(title) + "&url=" + ShareTarget.encode(link));
    }
}
