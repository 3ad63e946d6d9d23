package org.civitas.publishing;

/**
 * What an account needs to post on its network: the API's address, what identifies it (Bluesky's handle, a Page's
 * id, X's user id; null for Mastodon) and its secret (a token or an app password). Never logged: its
 * {@code toString} hides the secret.
 */
public record Credentials(String baseUrl, String identifier, String secret) {

    @Override
    public String toString() {
        return "Credentials[" + baseUrl + ", " + identifier + ", ****]";
    }
}
