package org.lantern.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Password rules after NIST SP 800-63B: long enough, not too long to hash, not a known breached or
 * common password, not built from the username or the product's name; no composition rules and no
 * forced periodic change.
 */
@Component
public class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 128;

    private final Set<String> common = loadCommonPasswords();

    /** The message key of the first rule {@code candidate} breaks, if any. */
    public Optional<String> problem(String candidate, String username) {
        if (candidate == null || candidate.codePointCount(0, candidate.length()) < MINIMUM_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (candidate.length() > MAXIMUM_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(lower.replaceAll("[0-9!@#$%^&*.]+$", ""))) {
            return Optional.of("password.common");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        if (lower.contains("lantern") || candidate.chars().distinct().count() < 5) {
            return Optional.of("password.tooSimple");
        }
        return Optional.empty();
    }

    private static Set<String> loadCommonPasswords() {
        Set<String> words = new HashSet<>();
        try (var stream = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt");
             var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
