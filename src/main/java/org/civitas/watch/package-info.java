/**
 * Watching what is said about the town: sources an administrator sets (Mastodon hashtags and searches, Bluesky post
 * searches, RSS and Atom feeds of local media, each narrowed by keywords), polled by a timer with a backoff per source
 * and the networks' own limits honoured ({@code watch.adapters}, one class per network, over HTTP); what they bring
 * lands once in the communication team's inbox, to be triaged (new, seen, answered, turned into a proposal, ignored)
 * and assigned. Nothing of it is public: it is others' words, read by the town's team.
 */
package org.civitas.watch;
