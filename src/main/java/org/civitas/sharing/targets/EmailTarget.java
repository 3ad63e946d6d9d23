package org.civitas.sharing.targets;

import jakarta.enterprise.context.ApplicationScoped;
import org.civitas.sharing.ShareTarget;

import java.util.Optional;

/** Shares to E-mail. */
@ApplicationScoped
public class EmailTarget implements ShareTarget {

    @Override
    public String id() {
        return "email";
    }

    @Override
    public String label() {
        return "E-mail";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Optional<String> shareUrl(String link, String title, String option) {
        return Optional.of("mailto:?subject=" + ShareTarget.encode(title).replace("+", "%20") + "&body=" + ShareTarget.encode(link).replace("+", "%20"));
    }
}
