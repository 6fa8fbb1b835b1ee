package org.lantern.platform.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns an {@link InvalidInputException} into text in the language of the current request. Arguments that are
 * message keys ({@link MessageSourceResolvable}) are translated too; a collection argument is shown as its
 * items, each translated, separated by commas (a list of what is still open, say).
 */
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
        Object[] arguments = Arrays.stream(problem.getArguments()).map(argument -> argument instanceof Collection<?> items
                ? items.stream().map(item -> translated(item, locale)).collect(Collectors.joining(", "))
                : argument).toArray();
        return messages.getMessage(problem.key(), arguments, problem.key(), locale);
    }

    private String translated(Object item, Locale locale) {
        return item instanceof MessageSourceResolvable resolvable ? messages.getMessage(resolvable, locale) : String.valueOf(item);
    }
}
