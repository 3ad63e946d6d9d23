package org.civitas.platform.web;

import org.civitas.platform.Numbers;

/**
 * Where a paged list is: its total, the page asked for (a query parameter, kept within the pages there are: a number
 * too big, negative or not a number is the first or last page), and the first row of that page. Getters, for pages'
 * EL.
 */
public final class Paging {

    private final long total;
    private final int size;
    private final int page;

    private Paging(long total, int size, int page) {
        this.total = total;
        this.size = size;
        this.page = page;
    }

    /** The page {@code asked} (a request parameter's value, perhaps absent or wrong) of {@code total} rows. */
    public static Paging of(String asked, long total, int size) {
        int pages = pages(total, size);
        return new Paging(total, size, Numbers.page(asked, pages));
    }

    private static int pages(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** The index of the page's first row, for the query. */
    public int first() {
        return (page - 1) * size;
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page;
    }

    public int getPageCount() {
        return pages(total, size);
    }
}
