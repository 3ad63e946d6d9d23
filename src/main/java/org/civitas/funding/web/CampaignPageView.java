package org.civitas.funding.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.funding.FundingReader;
import org.civitas.funding.FundingService;
import org.civitas.funding.Payments;
import org.civitas.funding.Pledging;
import org.civitas.platform.Numbers;
import org.civitas.platform.Paragraphs;
import org.civitas.platform.mail.MailSettings;
import org.civitas.platform.web.LocaleSelection;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.PublicAddress;
import org.civitas.platform.web.RequestIds;
import org.civitas.sharing.ShareService;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Backs funding/campaign.xhtml ({@code ?id=}): a campaign's page (progress, what the money pays for, rewards, needs,
 * news, named backers) with the pledge form (an amount in euros, a reward, shown or anonymous), which sends the backer
 * to the provider's payment page, and the offer form for each need. Plain forms: no script needed.
 */
@Named
@RequestScoped
public class CampaignPageView {

    @Inject
    private FundingReader reader;

    @Inject
    private FundingService service;

    @Inject
    private Pledging pledging;

    @Inject
    private Payments payments;

    @Inject
    private PublicAddress address;

    @Inject
    private HttpServletRequest request;

    @Inject
    private RequestIds ids;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    @Inject
    private ShareService shares;

    @Inject
    private MailSettings mail;

    @Inject
    private LocaleSelection locale;

    /** The largest pledge the form takes, in euros. */
    static final BigDecimal MAX = new BigDecimal("100000000");

    private FundingReader.CampaignPage page;
    private boolean loaded;

    private BigDecimal amount;
    private boolean anonymous;
    private BigDecimal visitorAmount;
    private String visitorName;
    private String visitorEmail;
    private boolean visitorAnonymous;

    public void load() {
        if (getPage() == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public FundingReader.CampaignPage getPage() {
        if (!loaded) {
            Long id = ids.get("id");
            page = id == null ? null : reader.page(id).orElse(null);
            loaded = true;
        }
        return page;
    }

    /**
     * Sends the backer on to the provider's page through funding/pay.xhtml (or back here with the reason nothing was
     * taken); the reward is the form's radio button {@code reward}.
     */
    public String pledge() {
        long id = ids.require("id");
        Long cents = cents(amount);
        if (cents == null) {
            return null;
        }
        Pledging.Started started = pledging.pledge(id, cents, Numbers.parseOrNull(request.getParameter("reward")),
                anonymous, address.base(request));
        request.getSession().setAttribute(PaymentRedirectView.PAYMENT_PAGE, started.redirectUrl());
        return "/funding/pay.xhtml?faces-redirect=true";
    }

    /**
     * A visitor asks to pledge with their address (the form's {@code visitorReward} radio button): the link to confirm
     * is mailed to them, and the page says so.
     */
    public String askAsVisitor() {
        long id = ids.require("id");
        Long cents = cents(visitorAmount);
        if (cents == null) {
            return null;
        }
        pledging.askAsVisitor(id, cents, Numbers.parseOrNull(request.getParameter("visitorReward")), visitorAnonymous,
                visitorName, visitorEmail, locale.getLocale(), request.getRemoteAddr());
        messages.notice("funding.visitorMailed", visitorEmail);
        return "/funding/campaign.xhtml?faces-redirect=true&id=" + id;
    }

    /** An amount typed in euros, in cents; null (and the reason on the page) when it is not one. */
    private Long cents(BigDecimal euros) {
        if (euros == null || euros.compareTo(BigDecimal.ONE) < 0 || euros.compareTo(MAX) > 0
                || euros.stripTrailingZeros().scale() > 2) {
            messages.error("funding.amountInvalid");
            return null;
        }
        return euros.movePointRight(2).setScale(0, RoundingMode.DOWN).longValueExact();
    }

    /** Whether a visitor may pledge with their address: payments open, and mail to send them the link. */
    public boolean isVisitorsMayPledge() {
        return isPaymentsOpen() && mail.isEnabled();
    }

    public BigDecimal getVisitorAmount() {
        return visitorAmount;
    }

    public void setVisitorAmount(BigDecimal visitorAmount) {
        this.visitorAmount = visitorAmount;
    }

    public String getVisitorName() {
        return visitorName;
    }

    public void setVisitorName(String visitorName) {
        this.visitorName = visitorName;
    }

    public String getVisitorEmail() {
        return visitorEmail;
    }

    public void setVisitorEmail(String visitorEmail) {
        this.visitorEmail = visitorEmail;
    }

    public boolean isVisitorAnonymous() {
        return visitorAnonymous;
    }

    public void setVisitorAnonymous(boolean visitorAnonymous) {
        this.visitorAnonymous = visitorAnonymous;
    }

    /** Offers goods or time for the need of the form ({@code need}, {@code quantity}). */
    public String offer() {
        long id = ids.require("id");
        Long need = ids.get("need");
        Long quantity = Numbers.parseOrNull(request.getParameter("quantity"));
        if (need == null || quantity == null || quantity < 1 || quantity > 1000) {
            messages.error("funding.quantityInvalid");
            return null;
        }
        service.offer(need, quantity.intValue(), request.getParameter("note"),
                "on".equals(request.getParameter("offerAnonymous")));
        messages.notice("funding.offered");
        return "/funding/campaign.xhtml?faces-redirect=true&id=" + id;
    }

    /** The campaign's clean address, as shared and as its canonical tag names it. */
    public String getUrl() {
        return address.base(request) + "/campaign/" + getPage().campaign().id();
    }

    /** Its 1200 × 630 link-preview card. */
    public String getCardUrl() {
        return address.base(request) + "/cards/funding/" + getPage().campaign().id() + ".png";
    }

    /** Plain links to share it on each network the town shows (no script). */
    public List<ShareService.DirectLink> getShareLinks() {
        return shares.directLinks(getUrl(), getPage().campaign().title(), getCardUrl());
    }

    public boolean isPaymentsOpen() {
        return payments.current().isPresent();
    }

    public List<List<Paragraphs.Piece>> getPurpose() {
        return getPage() == null ? List.of() : Paragraphs.of(page.purpose());
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }
}
