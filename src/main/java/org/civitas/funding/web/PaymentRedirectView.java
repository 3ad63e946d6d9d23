package org.civitas.funding.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Backs funding/pay.xhtml, the step between the pledge form and the payment service's page: the form's POST cannot
 * redirect to another site itself (the pages' {@code form-action 'self'} also covers the redirects that follow a form),
 * so this page, reached by a same-site redirect, sends the browser on (a refresh, and a button for when that is turned
 * off). The address waits in the backer's session, taken once.
 */
@Named
@RequestScoped
public class PaymentRedirectView {

    /** The session attribute holding the payment page's address after a pledge. */
    static final String PAYMENT_PAGE = "civitas.paymentPage";

    @Inject
    private HttpServletRequest request;

    private String address;

    @PostConstruct
    void load() {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(PAYMENT_PAGE) instanceof String page) {
            address = page;
            session.removeAttribute(PAYMENT_PAGE);
        }
    }

    /** The payment page, or null when there is none waiting (the page was opened again, or directly). */
    public String getAddress() {
        return address;
    }
}
