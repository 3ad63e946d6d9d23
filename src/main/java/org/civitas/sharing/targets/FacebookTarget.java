package org.civitas.sharing.targets;

import jakarta.enterprise.context.ApplicationScoped;
import org.civitas.sharing.ShareTarget;

import java.util.Optional;

/** Shares to Facebook. */
@ApplicationScoped
public class FacebookTarget implements ShareTarget {

    @Override
    public String id() {
        return "facebook";
    }

    @Override
    public String label() {
        return "Facebook";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<String> shareUrl(String link, String title, String option) {
        return Optional.of("https://www.facebook.com/sharer/sharer.php?u=" + ShareTarget.encode(link));
    }
}
