package org.civitas.funding;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A payment service the town collects through ({@code funding.payments}, one class per provider): the backer is sent
 * to the provider's own page (no card data ever reaches the portal) and comes back; the provider tells the portal
 * what happened by signed server-to-server notifications, and answers when asked (the return page, reconciliation).
 * All-or-nothing campaigns have payments authorised first, then captured or cancelled at the closing day.
 */
public interface PaymentProvider {

    /** Its id, kept with each pledge. */
    String id();

    /** Whether the server's environment configures it. */
    boolean configured();

    /** Starts a payment: where to send the backer. Asked again with the same reference, gives the same payment. */
    Checkout start(PaymentRequest request) throws PaymentFailure;

    /** The payment's state now. */
    PaymentReport status(String paymentId) throws PaymentFailure;

    /** The payments changed since {@code since}, oldest first (reconciliation: what notifications did not bring). */
    List<PaymentReport> changedSince(Instant since) throws PaymentFailure;

    PaymentReport capture(String paymentId) throws PaymentFailure;

    PaymentReport cancel(String paymentId) throws PaymentFailure;

    PaymentReport refund(String paymentId) throws PaymentFailure;

    /** A notification whose signature holds (headers by name, any case); empty when it does not. */
    Optional<Notification> verify(String body, Function<String, String> header);

    /** What the portal asks: its reference (the pledge's key), amount, words, language, and where to come back. */
    record PaymentRequest(String reference, long amountCents, String description, String locale, String returnUrl,
                          String notifyUrl, boolean captureLater) {
    }

    /** Where the backer pays: the provider's id of the payment and its page. */
    record Checkout(String paymentId, String redirectUrl) {
    }

    /** A payment as the provider reports it. */
    record PaymentReport(String paymentId, String reference, PaymentStatus status, long amountCents) {
    }

    /** A notification: the provider's id of the event (repeats have the same) and the payment it reports. */
    record Notification(String eventId, PaymentReport payment) {
    }
}
