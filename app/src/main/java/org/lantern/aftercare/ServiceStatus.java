package org.lantern.aftercare;

public enum ServiceStatus {
    PLANNED, ACTIVE, COMPLETED, CANCELLED
}
