package org.civitas.notifications.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.notifications.NoticePreferences;
import org.civitas.platform.PublicPage;
import org.civitas.platform.web.Messages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Backs unsubscribe.xhtml, which a mail's "stop these mails" link opens, signed in or not: what the link stops, and
 * a button that stops it (opening the link changes nothing: mail scanners open every link). The token travels in the
 * address and the form's hidden field.
 */
@Named
@RequestScoped
public class UnsubscribeView {

    @Inject
    private NoticePreferences preferences;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private String token;
    private Optional<NoticePreferences.Unsubscription> what;

    @PostConstruct
    void read() {
        token = faces.getExternalContext().getRequestParameterMap().get("t");
        what = preferences.describe(token);
    }

    public String unsubscribe() {
        preferences.unsubscribe(token);
        messages.notice("unsubscribe.done");
        return PublicPage.UNSUBSCRIBE.view() + "?faces-redirect=true&t="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** Whether the link is one the portal made, for an account still there. */
    public boolean isValid() {
        return what.isPresent();
    }

    public NoticePreferences.Unsubscription getWhat() {
        return what.orElse(null);
    }

    public String getToken() {
        return token;
    }
}
