package org.civitas.notifications.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.notifications.Cadence;
import org.civitas.notifications.NoticeKind;
import org.civitas.notifications.NoticePreferences;
import org.civitas.platform.mail.MailSettings;
import org.civitas.platform.web.Messages;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Backs account/alerts.xhtml: how the caller wants mail, kind by kind, in one form. */
@Named
@RequestScoped
public class NoticePreferencesView {

    @Inject
    private NoticePreferences preferences;

    @Inject
    private MailSettings mail;

    @Inject
    private Messages messages;

    /** Each kind's cadence, by name: what the radio buttons show and post. */
    private final Map<String, String> choices = new HashMap<>();

    @PostConstruct
    void load() {
        preferences.mine().forEach((kind, cadence) -> choices.put(kind.name(), cadence.name()));
    }

    public String save() {
        Map<NoticeKind, Cadence> chosen = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            Cadence.parse(choices.get(kind.name())).ifPresent(c -> chosen.put(kind, c));
        }
        preferences.choose(chosen);
        messages.notice("alerts.saved");
        return NoticePreferences.PAGE + "?faces-redirect=true";
    }

    public List<NoticeKind> getKinds() {
        return Arrays.asList(NoticeKind.values());
    }

    public List<Cadence> getCadences() {
        return Arrays.asList(Cadence.values());
    }

    public Map<String, String> getChoices() {
        return choices;
    }

    /** Whether this portal sends mail at all (else the choices wait for it). */
    public boolean isMailEnabled() {
        return mail.isEnabled();
    }
}
