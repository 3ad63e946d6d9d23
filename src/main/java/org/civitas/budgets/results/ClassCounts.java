package org.civitas.budgets.results;

import java.util.Arrays;

/**
 * How many of one project's supporters are in each budget class ({@link EqualSharesRun}): a map from class to count
 * on two int arrays (open addressing, linear probing), because a town-wide run moves millions of counts and a
 * {@code HashMap<Integer, Integer>} would box every one of them. A count that falls to zero is removed at once
 * (backward-shift deletion, no tombstones), so iterating visits only classes that still hold supporters.
 */
final class ClassCounts {

    private static final int EMPTY = -1;

    private int[] keys = {EMPTY, EMPTY, EMPTY, EMPTY};
    private int[] counts = new int[4];
    private int size;

    /** Back to no class at all, keeping the arrays for the next run. */
    void clear() {
        Arrays.fill(keys, EMPTY);
        size = 0;
    }

    /** Moves one supporter from class {@code from} (which must hold one) to class {@code to}. */
    void move(int from, int to) {
        add(from, -1);
        add(to, 1);
    }

    /** Adds {@code delta} supporters to class {@code key}, forgetting the class when none is left. */
    void add(int key, int delta) {
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                counts[slot] += delta;
                if (counts[slot] == 0) {
                    remove(slot, mask);
                } else if (counts[slot] < 0) {
                    throw new IllegalStateException("class " + key + " has fewer supporters than moved out of it");
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
        if (delta <= 0) {
            throw new IllegalStateException("class " + key + " has no supporter to move");
        }
        keys[slot] = key;
        counts[slot] = delta;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    /** Supporters in class {@code key}, zero if none. */
    int get(int key) {
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); keys[slot] != EMPTY; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return counts[slot];
            }
        }
        return 0;
    }

    int size() {
        return size;
    }

    /**
     * The classes held and their counts, in no particular order, written into {@code classes} and {@code members}
     * (each at least {@link #size()} long).
     *
     * @return how many were written
     */
    int entries(int[] classes, int[] members) {
        int n = 0;
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != EMPTY) {
                classes[n] = keys[slot];
                members[n++] = counts[slot];
            }
        }
        return n;
    }

    /** Fibonacci hashing: class ids are consecutive integers, which linear probing alone would cluster. */
    private static int slot(int key, int mask) {
        return (key * 0x9E3779B9 >>> 7) & mask;
    }

    /** Empties {@code slot} and pulls back the entries after it that probed past it, so every lookup still finds them. */
    private void remove(int slot, int mask) {
        size--;
        int hole = slot;
        int next = (hole + 1) & mask;
        while (keys[next] != EMPTY) {
            int home = slot(keys[next], mask);
            // The entry at `next` may fill the hole if its home is not strictly between the hole and itself (cyclically)
            boolean between = hole <= next ? (hole < home && home <= next) : (hole < home || home <= next);
            if (!between) {
                keys[hole] = keys[next];
                counts[hole] = counts[next];
                hole = next;
            }
            next = (next + 1) & mask;
        }
        keys[hole] = EMPTY;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new int[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i], mask);
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }
}
