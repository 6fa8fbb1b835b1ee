package org.lantern.cases;

/** Whether a referral was accepted. */
public enum TransferOutcome {
    PENDING, ACCEPTED, DECLINED;

    public String messageKey() {
        return "cases.enum.TransferOutcome." + name();
    }
}
