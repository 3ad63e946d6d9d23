package org.civitas.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One limited action of an account (see {@link RateLimiter}), kept two days. */
@Entity
@Table(name = "account_action")
public class AccountAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "action", nullable = false)
    private String action;

    @Column(name = "done_at", nullable = false)
    private Instant doneAt;

    protected AccountAction() {
    }

    AccountAction(long accountId, String action, Instant doneAt) {
        this.accountId = accountId;
        this.action = action;
        this.doneAt = doneAt;
    }
}
