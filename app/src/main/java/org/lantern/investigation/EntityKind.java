package org.lantern.investigation;

/** What an entity of a case network is. */
public enum EntityKind {
    PERSON, PHONE_NUMBER, HANDSET_IMEI, ADDRESS, VEHICLE, BANK_ACCOUNT, ORGANISATION, ONLINE_ACCOUNT, LOCATION;

    public String messageKey() {
        return "investigation.enum.EntityKind." + name();
    }
}
