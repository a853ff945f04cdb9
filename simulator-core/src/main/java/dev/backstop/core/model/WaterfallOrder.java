package dev.backstop.core.model;

/** Who pays a loss first (SPEC §1.2 step 5). */
public enum WaterfallOrder {
    RESERVE_FIRST("reserve_first"),
    BACKSTOP_FIRST("backstop_first");

    private final String keyword;

    WaterfallOrder(String keyword) {
        this.keyword = keyword;
    }

    /** The keyword as written in the language. */
    public String keyword() {
        return keyword;
    }
}
