package org.civitas.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The rate limiter for callers that hold no transaction of their own (an HTTP filter in front of open data): each
 * call is one transaction, so that the time it counts is written at once.
 */
@Stateless
@PermitAll
public class RateLimits {

    @Inject
    private RateLimiter limiter;

    /** See {@link RateLimiter#take}. */
    public void take(Limit limit, String subject, String messageKey) {
        limiter.take(limit, subject, messageKey);
    }
}
