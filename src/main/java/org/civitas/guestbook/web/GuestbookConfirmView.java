package org.civitas.guestbook.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.guestbook.GuestbookService;
import org.civitas.platform.web.Messages;

/**
 * Backs guestbook/confirm.xhtml, which the mailed link opens: a button confirms (opening the link alone changes
 * nothing, so a mail scanner confirms no message), then the message waits for a moderator.
 */
@Named
@RequestScoped
public class GuestbookConfirmView {

    @Inject
    private GuestbookService guestbook;

    @Inject
    private Messages messages;

    private String t;

    public String confirm() {
        guestbook.confirm(t);
        messages.notice("guestbook.confirmed");
        return "/guestbook/index.xhtml?faces-redirect=true";
    }

    public String getT() {
        return t;
    }

    public void setT(String t) {
        this.t = t;
    }
}
