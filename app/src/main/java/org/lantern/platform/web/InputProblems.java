package org.lantern.platform.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns an {@link InvalidInputException} into text in the language of the current request. */
@Component
public class InputProblems {

    private final MessageSource messages;

    InputProblems(MessageSource messages) {
        this.messages = messages;
    }

    public String text(InvalidInputException problem) {
        return text(problem, LocaleContextHolder.getLocale());
    }

    public String text(InvalidInputException problem, Locale locale) {
        return messages.getMessage(problem, locale);
    }
}
