package org.lantern.platform.web;

import org.springframework.context.MessageSourceResolvable;

/**
 * Bad input for one named field. It carries a message key and its {0}-style arguments, never text, so each page
 * and API answer says what is wrong in the reader's language; arguments never echo a sensitive value.
 */
public class InvalidInputException extends RuntimeException implements MessageSourceResolvable {

    private final String field;
    private final String key;
    private final Object[] arguments;

    public InvalidInputException(String field, String key, Object... arguments) {
        super(key);
        this.field = field;
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String key() {
        return key;
    }

    /** The same problem, reported for another field (a form that calls a service under a different name). */
    public InvalidInputException forField(String otherField) {
        return new InvalidInputException(otherField, key, arguments);
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    /** Falls back to the key, so a key missing from the bundles shows up rather than failing the page. */
    @Override
    public String getDefaultMessage() {
        return key;
    }
}
