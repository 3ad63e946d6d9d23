package org.civitas.sharing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The last preview card drawn for each item of a kind a town has few of (budgets, funding campaigns): drawn again
 * only when its tag (what the card shows: a version, a phase, figures) changes. Two requests for a card not yet kept
 * may both draw it; the card is the same.
 */
public final class LastCards {

    private record Kept(String tag, byte[] png) {
    }

    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

    /** The card of item {@code id} for {@code tag}: the one kept if its tag is the same, else {@code draw}'s, kept. */
    public byte[] get(long id, String tag, Supplier<byte[]> draw) {
        Kept last = kept.get(id);
        if (last != null && last.tag().equals(tag)) {
            return last.png();
        }
        byte[] png = draw.get();
        kept.put(id, new Kept(tag, png));
        return png;
    }
}
