package org.lantern.aftercare;

import java.util.Set;
import java.util.UUID;

/**
 * A shelter and how many of its places are taken today.
 *
 * @param country ISO code: IN, BD or NP
 */
public record Shelter(UUID id, String name, String district, String state, String country, int capacity,
        Set<ResidentKind> residents, String contactPerson, String contactPhone, int occupancy) {

    public int free() {
        return Math.max(0, capacity - occupancy);
    }

    public boolean full() {
        return occupancy >= capacity;
    }

    /** What a registrar enters; validated by {@link Shelters}. */
    public record Form(String name, String district, String state, String country, Integer capacity,
            Set<ResidentKind> residents, String contactPerson, String contactPhone) {
    }
}
