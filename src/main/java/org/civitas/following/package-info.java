/**
 * Following: a person follows a proposal, a theme, a district or another person's public activity, sees the list on
 * their account and unfollows in one click. Authors follow what they publish ({@link FollowReactions}); nobody else
 * follows anything without having asked. Who follows what is kept here alone; notifications asks this feature for
 * the followers of a thing as a subquery ({@link Followers}), so that telling 100,000 followers costs one statement.
 */
package org.civitas.following;
