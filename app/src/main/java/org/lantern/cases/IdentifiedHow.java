package org.lantern.cases;

/** How a survivor came to the organisation. */
public enum IdentifiedHow {
    RESCUE_OPERATION, HOTLINE, COMMUNITY_TIP_OFF, SELF, POLICE_REFERRAL, NGO_REFERRAL;

    public String messageKey() {
        return "cases.enum.IdentifiedHow." + name();
    }
}
