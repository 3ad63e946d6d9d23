package org.civitas.publishing;

/**
 * What a post achieved on its network, as the network counts it: likes (favourites, reactions), reposts (boosts,
 * retweets and quotes, shares of a Page's post) and replies (comments).
 */
public record Engagement(int likes, int reposts, int replies) {

    /** Likes, reposts and replies together: the "interactions" a communication team reports. */
    public int interactions() {
        return likes + reposts + replies;
    }
}
