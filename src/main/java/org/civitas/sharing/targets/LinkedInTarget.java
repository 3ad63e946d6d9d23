package org.civitas.sharing.targets;

import jakarta.enterprise.context.ApplicationScoped;
import org.civitas.sharing.ShareTarget;

import java.util.Optional;

/** Shares to LinkedIn. */
@ApplicationScoped
public class LinkedInTarget implements ShareTarget {

    @Override
    public String id() {
        return "linkedin";
    }

    @Override
    public String label() {
        return "LinkedIn";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<String> shareUrl(String link, String title, String option) {
        return Optional.of("https://www.linkedin.com/sharing/share-offsite/?url=" + ShareTarget.encode(link));
    }
}
