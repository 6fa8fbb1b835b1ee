package org.lantern.aftercare;

public enum GoalStatus {
    OPEN, IN_PROGRESS, ACHIEVED, DROPPED
}
