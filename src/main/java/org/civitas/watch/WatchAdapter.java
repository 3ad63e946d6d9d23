package org.civitas.watch;

import java.util.Set;

/** Polls one kind of source over HTTP ({@code watch.adapters}, one class per network). */
public interface WatchAdapter {

    Set<WatchKind> kinds();

    /** The items the source has now (the newest first or not: the inbox sorts), at most a page of them. */
    Harvest poll(SourceSpec source) throws PollFailure;
}
