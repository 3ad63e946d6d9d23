package org.civitas.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One failed sign-in, kept one day at most, to count failures per email and per address. */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "email_key")
    private String emailKey;

    @Column(name = "ip_address", nullable = false)
    private String ipAddress;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected SignInFailure() {
    }

    SignInFailure(String emailKey, String ipAddress, Instant failedAt) {
        this.emailKey = emailKey;
        this.ipAddress = ipAddress;
        this.failedAt = failedAt;
    }

    public Instant getFailedAt() {
        return failedAt;
    }
}
