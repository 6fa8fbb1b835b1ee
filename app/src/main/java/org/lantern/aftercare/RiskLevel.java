package org.lantern.aftercare;

/** The level of a risk score (0 to {@link RiskItem#maximumScore()}); HIGH requires a safety plan. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH;

    static final int MEDIUM_FROM = 5;
    static final int HIGH_FROM = 10;

    public static RiskLevel of(int score) {
        return score >= HIGH_FROM ? HIGH : score >= MEDIUM_FROM ? MEDIUM : LOW;
    }
}
