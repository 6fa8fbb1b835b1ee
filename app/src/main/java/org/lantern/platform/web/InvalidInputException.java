package org.lantern.platform.web;

/** Bad input for one named field; the message says what is wrong and never echoes a sensitive value. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
