package org.civitas.publishing;

/**
 * The networks the city publishes to, with the id their posts and shares carry ({@code utm_source}, the share targets'
 * ids), their name, the address of their API by default, and what identifies an account there besides its secret.
 */
public enum Network {
    MASTODON("mastodon", "Mastodon", null, false),
    BLUESKY("bluesky", "Bluesky", "https://bsky.social", true),
    FACEBOOK("facebook", "Facebook", "https://graph.facebook.com/v21.0", true),
    X("x", "X", "https://api.x.com", true);

    private final String id;
    private final String label;
    private final String defaultUrl;
    private final boolean needsIdentifier;

    Network(String id, String label, String defaultUrl, boolean needsIdentifier) {
        this.id = id;
        this.label = label;
        this.defaultUrl = defaultUrl;
        this.needsIdentifier = needsIdentifier;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The API's usual address; null for Mastodon, whose server is the account's own. */
    public String defaultUrl() {
        return defaultUrl;
    }

    /** Whether an account needs an identifier (Bluesky's handle, the Page's id, X's user id) besides its secret. */
    public boolean needsIdentifier() {
        return needsIdentifier;
    }

    /** Its words in the bundles (what the identifier and the secret are, on this network). */
    public String messageKey() {
        return "networkAccount.network." + name();
    }
}
