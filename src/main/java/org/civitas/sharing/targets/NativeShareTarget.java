package org.civitas.sharing.targets;

import jakarta.enterprise.context.ApplicationScoped;
import org.civitas.sharing.ShareTarget;

import java.util.Optional;

/**
 * The browser's own share sheet (Web Share API): the button appears only where the browser has one (share.js), and
 * the script reports the share to {@code POST /s/{id}/native} so that it is counted like the others.
 */
@ApplicationScoped
public class NativeShareTarget implements ShareTarget {

    @Override
    public String id() {
        return "native";
    }

    @Override
    public String label() {
        return "Partage de l'appareil";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Optional<String> shareUrl(String link, String title, String option) {
        return Optional.empty();
    }
}
