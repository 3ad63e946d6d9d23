package org.civitas.guestbook;

/**
 * A message's way: a visitor's waits for its address to be confirmed (UNCONFIRMED), then every message waits for a
 * moderator (PENDING), who publishes or rejects it. Only PUBLISHED is ever shown, in any way in.
 */
public enum MessageStatus { UNCONFIRMED, PENDING, PUBLISHED, REJECTED }
