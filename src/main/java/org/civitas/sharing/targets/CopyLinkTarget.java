package org.civitas.sharing.targets;

import jakarta.enterprise.context.ApplicationScoped;
import org.civitas.sharing.ShareTarget;

import java.util.Optional;

/** "Copy the link": the proposal's page shows the link to copy (works without JavaScript). */
@ApplicationScoped
public class CopyLinkTarget implements ShareTarget {

    @Override
    public String id() {
        return "link";
    }

    @Override
    public String label() {
        return "Lien";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Optional<String> shareUrl(String link, String title, String option) {
        return Optional.empty();
    }
}
