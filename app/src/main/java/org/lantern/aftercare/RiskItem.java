package org.lantern.aftercare;

/**
 * The questions of the re-trafficking risk assessment, each answered yes or no, with the weight a "yes"
 * adds to the score. The heaviest are the signs that a trafficker is back in the survivor's life.
 */
public enum RiskItem {
    DEBT_BONDAGE(3),
    RECRUITER_CONTACT(3),
    FAMILY_PRESSURE_TO_MIGRATE(2),
    NO_INCOME(2),
    OUT_OF_SCHOOL(1),
    VIOLENCE_AT_HOME(2),
    PLANS_TO_MIGRATE_FOR_WORK(2),
    NO_IDENTITY_DOCUMENTS(1),
    SUBSTANCE_USE(1),
    NO_TRUSTED_ADULT(2);

    private final int weight;

    RiskItem(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }

    public static int maximumScore() {
        int total = 0;
        for (RiskItem item : values()) {
            total += item.weight;
        }
        return total;
    }
}
