package org.civitas.guestbook.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.accounts.web.SignedInAccount;
import org.civitas.guestbook.GuestbookEntry;
import org.civitas.guestbook.GuestbookReader;
import org.civitas.guestbook.GuestbookService;
import org.civitas.guestbook.GuestbookText;
import org.civitas.guestbook.Relation;
import org.civitas.guestbook.Visitor;
import org.civitas.platform.Numbers;
import org.civitas.platform.PlainLine;
import org.civitas.platform.PlainText;
import org.civitas.platform.web.LocaleSelection;
import org.civitas.platform.web.Messages;

import java.util.List;

/**
 * Backs guestbook/index.xhtml ({@code /guestbook}): the wall, newest first, a page of 20 at a time ({@code ?page=}),
 * and the form to sign it: a member writes their message; a visitor adds a name and an address the message is
 * confirmed from. Nothing written shows before a moderator publishes it, which the page says. Not a page kept for
 * visitors (StatelessPages): its form posts back, and what it tells after a signature is the signer's alone.
 */
@Named
@RequestScoped
public class GuestbookView {

    @Inject
    private GuestbookReader reader;

    @Inject
    private GuestbookService guestbook;

    @Inject
    private SignedInAccount me;

    @Inject
    private LocaleSelection locale;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private String page;
    private List<GuestbookEntry> entries;
    private long total;
    private int pageIndex;

    @NotNull
    private Relation relation = Relation.RESIDENT;

    @Size(max = 80)
    @PlainLine
    private String place;

    @NotBlank
    @Size(min = 3, max = 2000)
    @PlainText
    private String body;

    @Size(max = 80)
    @PlainLine
    private String name;

    @Size(max = 254)
    @Email
    private String email;

    /**
     * The view action: the wall's page asked for (past the last: the last). Read on demand too: a form refused by
     * validation is shown again without the view action, with the wall beside it.
     */
    public void load() {
        if (entries != null) {
            return;
        }
        total = reader.count();
        pageIndex = Math.max(0, Math.min(pages() - 1, Numbers.page(page, Integer.MAX_VALUE) - 1));
        entries = reader.wall(pageIndex * GuestbookReader.PAGE_SIZE, GuestbookReader.PAGE_SIZE);
    }

    public String sign() {
        GuestbookText text = new GuestbookText(relation, place, body);
        if (me.isSignedIn()) {
            guestbook.sign(text, locale.getLocale());
            messages.notice("guestbook.thanksMember");
        } else {
            if (name == null || name.isBlank() || email == null || email.isBlank()) {
                messages.error("guestbook.visitorFields");
                return null;
            }
            HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
            guestbook.signAsVisitor(new Visitor(name, email), text, locale.getLocale(), request.getRemoteAddr());
            messages.notice("guestbook.checkMail", email.strip());
        }
        return "/guestbook/index.xhtml?faces-redirect=true";
    }

    public int getPageCount() {
        load();
        return pages();
    }

    private int pages() {
        return (int) Math.max(1, (total + GuestbookReader.PAGE_SIZE - 1) / GuestbookReader.PAGE_SIZE);
    }

    public int getCurrentPage() {
        load();
        return pageIndex + 1;
    }

    public Relation[] getRelations() {
        return Relation.values();
    }

    public List<GuestbookEntry> getEntries() {
        load();
        return entries;
    }

    public long getTotal() {
        load();
        return total;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public Relation getRelation() {
        return relation;
    }

    public void setRelation(Relation relation) {
        this.relation = relation;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body == null ? null : body.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }
}
