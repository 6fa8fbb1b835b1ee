package org.lantern.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message key written into an {@code InvalidInputException} in the sources is in an English bundle (the
 * completeness test then holds it to Hindi and Bengali), so no page or API answer shows a bare key or English text.
 */
class InputProblemKeysTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Pattern KEY = Pattern.compile("new InvalidInputException\\(\\s*[^,]+,\\s*\"([^\"]+)\"");

    @Test
    void everyKeyIsInTheBundles() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        Properties english = new Properties();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path bundle : files.filter(path -> path.toString().matches(".*/[a-z]+\\.properties")).toList()) {
                try (InputStream in = Files.newInputStream(bundle)) {
                    english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(english.stringPropertyNames()).containsAll(used);
    }
}
