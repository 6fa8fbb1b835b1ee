package org.lantern.aftercare;

import java.time.LocalDate;

import org.lantern.platform.web.InvalidInputException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Input checks shared by the services of this module, and the record type every aftercare record hangs off. */
final class Checks {

    /**
     * The record type whose rule in RecordAccess decides access to all aftercare data of a case: the case
     * team and the office's supervisors (partners with a share of the case see none of it).
     */
    static final String CASE = "case-team";

    static final int MAX_TEXT = 20_000;

    private Checks() {
    }

    static String requiredText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "aftercare.error.required");
        }
        return optionalText(field, value, maxLength);
    }

    static String optionalText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidInputException(field, "aftercare.error.tooLong", maxLength);
        }
        return trimmed;
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, "aftercare.error.required");
        }
        return value;
    }

    /** An enum value as an argument of an error message, shown with its label in the reader's language. */
    static MessageSourceResolvable labelOf(String kind, Enum<?> value) {
        return new DefaultMessageSourceResolvable("aftercare." + kind + "." + value.name());
    }

    static LocalDate notAfter(String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            throw new InvalidInputException(field, "aftercare.error.futureDate");
        }
        return date;
    }
}
