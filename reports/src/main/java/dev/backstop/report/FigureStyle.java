package dev.backstop.report;

/** How a key figure is written for people (see {@link FigureFormat}). */
public enum FigureStyle {
    /** A share or rate, written as a percentage: {@code 12.31 %}. */
    PERCENT,
    /** A USD amount with a magnitude suffix: {@code $1.23M}. */
    USD,
    /** A plain number such as a mean count or a ratio: {@code 0.142}. */
    NUMBER,
    /** A time in days: {@code day 143}. */
    DAY
}
