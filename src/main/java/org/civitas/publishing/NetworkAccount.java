package org.civitas.publishing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.civitas.platform.ChangeTrackedEntity;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * One of the city's accounts an administrator manages in the portal: its network, its name, the facility or district
 * it speaks for, its API address and identifier, its secret sealed ({@link org.civitas.platform.SecretBox}) with the
 * last characters kept as a hint, whether it is in use, and the officials allowed to publish to it.
 */
@Entity
@Table(name = "network_account")
public class NetworkAccount extends ChangeTrackedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "network", nullable = false, length = 20)
    private Network network;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "facility", length = 120)
    private String facility;

    @Column(name = "district_id")
    private Long districtId;

    @Column(name = "base_url", nullable = false, length = 300)
    private String baseUrl;

    @Column(name = "identifier", length = 200)
    private String identifier;

    @Column(name = "secret_sealed", nullable = false, length = 4000)
    private String secretSealed;

    @Column(name = "secret_hint", nullable = false, length = 8)
    private String secretHint;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    // Read with the account; lists read all their editors in one query (a batch hint)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "network_account_editor", joinColumns = @JoinColumn(name = "network_account_id"))
    @Column(name = "account_id")
    private Set<Long> editors = new HashSet<>();

    protected NetworkAccount() {
    }

    NetworkAccount(Network network, Instant now) {
        this.network = network;
        this.createdAt = now;
    }

    void change(NetworkAccountDraft draft, Long districtId, Set<Long> editors) {
        this.name = draft.name().strip();
        this.facility = draft.facility() == null || draft.facility().isBlank() ? null : draft.facility().strip();
        this.districtId = districtId;
        this.baseUrl = draft.baseUrl().strip();
        this.identifier = draft.identifier() == null || draft.identifier().isBlank() ? null : draft.identifier().strip();
        this.active = draft.active();
        this.editors.clear();
        this.editors.addAll(editors);
    }

    void secret(String sealed, String plain) {
        this.secretSealed = sealed;
        this.secretHint = plain.length() <= 4 ? "" : plain.substring(plain.length() - 4);
    }

    /** The id publications and pages know it by. */
    public String publicationId() {
        return "account-" + getId();
    }

    public Network getNetwork() {
        return network;
    }

    public String getName() {
        return name;
    }

    public String getFacility() {
        return facility;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String getIdentifier() {
        return identifier;
    }

    String getSecretSealed() {
        return secretSealed;
    }

    /** The secret's last four characters, to recognise it; never more. */
    public String getSecretHint() {
        return secretHint;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Long> getEditors() {
        return Set.copyOf(editors);
    }
}
