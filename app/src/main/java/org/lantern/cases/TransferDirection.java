package org.lantern.cases;

/** A referral to another organisation (OUT) or from one (IN). */
public enum TransferDirection {
    OUT, IN;

    public String messageKey() {
        return "cases.enum.TransferDirection." + name();
    }
}
