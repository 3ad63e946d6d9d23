package org.civitas.guestbook.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civitas.guestbook.GuestbookEntry;
import org.civitas.guestbook.GuestbookReader;
import org.civitas.guestbook.GuestbookService;
import org.civitas.platform.PlainText;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.PublicAddress;
import org.civitas.platform.web.RequestIds;
import org.civitas.sharing.ShareService;

import java.util.List;

/**
 * Backs guestbook/message.xhtml ({@code ?id=}): one published message, with its link preview, links to share it to
 * the networks (direct links: a message's shares are not counted, unlike a proposal's), and for officials the form
 * of the town's reply. Anything not published is a 404, whoever asks.
 */
@Named
@RequestScoped
public class GuestbookMessageView {


    @Inject
    private RequestIds ids;

    @Inject
    private GuestbookReader reader;

    @Inject
    private GuestbookService guestbook;

    @Inject
    private PublicAddress address;

    @Inject
    private ShareService shares;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private GuestbookEntry entry;
    private boolean loaded;

    @NotBlank
    @Size(max = 2000)
    @PlainText
    private String reply;

    /** The view action: a 404 for what is not published. */
    public void load() {
        if (getEntry() == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public String sendReply() {
        long id = ids.require("id");
        guestbook.reply(id, reply);
        messages.notice("guestbook.replied");
        return "/guestbook/message.xhtml?faces-redirect=true&id=" + id;
    }

    /** The message's full address, for previews and shares. */
    public String getUrl() {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        return address.base(request) + "/guestbook/message.xhtml?id=" + getEntry().id();
    }

    /** The message's preview card, for link previews. */
    public String getCardUrl() {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        return address.base(request) + "/api/guestbook/" + getEntry().id() + "/card.png";
    }

    public List<ShareService.DirectLink> getShareLinks() {
        String url = getUrl();
        String title = getEntry().authorName() == null ? "" : entry.authorName();
        return shares.directLinks(url, title, null);
    }

    /** Read once, when first needed: also when a refused reply is shown again, without the view action. */
    public GuestbookEntry getEntry() {
        if (!loaded) {
            Long id = ids.get("id");
            entry = id == null ? null : reader.published(id).orElse(null);
            loaded = true;
        }
        return entry;
    }

    /** The answer being written, else the one published. */
    public String getReply() {
        return reply != null || getEntry() == null ? reply : entry.reply();
    }

    public void setReply(String reply) {
        this.reply = reply == null ? null : reply.strip();
    }
}
