package org.lantern.identity;

/** What stands between a correct password and a complete sign-in, in the order they are asked. */
public enum SignInStep {
    TWO_FACTOR_CODE("/signin/two-factor"),
    PASSWORD_CHANGE("/account/password"),
    TWO_FACTOR_ENROLMENT("/account/two-factor");

    private final String path;

    SignInStep(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
