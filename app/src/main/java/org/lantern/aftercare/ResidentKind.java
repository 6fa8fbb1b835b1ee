package org.lantern.aftercare;

/** Who a shelter takes in. */
public enum ResidentKind {
    GIRLS, WOMEN, BOYS
}
