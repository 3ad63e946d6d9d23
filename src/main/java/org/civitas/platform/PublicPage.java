package org.civitas.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The pages a visitor may open without signing in, each with its one clean address (no {@code .xhtml}): the address
 * that links, redirects, mails, canonical tags and the sitemap name, relative to the portal's root. The Facelets page
 * behind it is the view; its {@code .xhtml} address keeps answering (forms post back to it, links made before still
 * work) and names the clean one as canonical. A proposal's page has an address of its own ({@code ProposalAddress});
 * pages for signed-in people keep their {@code .xhtml} addresses, which no search engine should see.
 * <p>
 * The home page is served by the welcome file, the list by {@code ProposalRoutes}, every other one by
 * {@code PublicRoutes}; {@link #inSitemap} says which are worth a search engine's visit (the forms of signing in and
 * the pages mailed links open are not).
 */
public enum PublicPage {

    HOME("/", "/index.xhtml", true),
    PROPOSALS("/proposals", "/proposal/list.xhtml", true),
    OPEN_DATA("/opendata", "/opendata.xhtml", true),
    LEGAL_NOTICE("/legal", "/legal.xhtml", true),
    ACCESSIBILITY("/accessibility", "/accessibility.xhtml", true),
    SIGN_IN("/signin", "/signin.xhtml", false),
    REGISTER("/register", "/register.xhtml", false),
    FORGOT_PASSWORD("/forgot", "/forgot.xhtml", false),
    RESET_PASSWORD("/reset", "/reset.xhtml", false),
    CONFIRM_ADDRESS("/confirm", "/confirm.xhtml", false),
    LINK_ACCOUNT("/link-account", "/link-account.xhtml", false),
    SIGNED_OUT("/signed-out", "/signed-out.xhtml", false),
    UNSUBSCRIBE("/unsubscribe", "/unsubscribe.xhtml", false),
    SEARCH("/search", "/search.xhtml", false),
    GUESTBOOK("/guestbook", "/guestbook/index.xhtml", true),
    CONTESTS("/contests", "/contests/index.xhtml", true),
    GALLERIES("/galleries", "/galleries/index.xhtml", true),
    FUNDING("/funding", "/funding/index.xhtml", true);

    private final String address;
    private final String view;
    private final boolean inSitemap;

    PublicPage(String address, String view, boolean inSitemap) {
        this.address = address;
        this.view = view;
        this.inSitemap = inSitemap;
    }

    /** The clean address, relative to the portal's root: {@code /opendata}. */
    public String address() {
        return address;
    }

    /** The Facelets view that renders it: {@code /opendata.xhtml}. */
    public String view() {
        return view;
    }

    public boolean inSitemap() {
        return inSitemap;
    }

    /** The page a clean address names. */
    public static Optional<PublicPage> at(String address) {
        return Arrays.stream(values()).filter(p -> p.address.equals(address)).findFirst();
    }

    /** The page a view renders, when it is a public page. */
    public static Optional<PublicPage> ofView(String view) {
        return Arrays.stream(values()).filter(p -> p.view.equals(view)).findFirst();
    }

    /** The pages a search engine is given in the sitemap, home first. */
    public static List<PublicPage> sitemap() {
        return Arrays.stream(values()).filter(PublicPage::inSitemap).toList();
    }
}
