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
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Fails when any message key of any module is missing (or empty) in English, Hindi or Bengali. */
class MessagesCompletenessTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final String[] LANGUAGES = {"", "_hi", "_bn"};

    @TestFactory
    Stream<DynamicTest> everyKeyExistsInEveryLanguage() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            Set<String> bases = new TreeSet<>();
            files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".properties"))
                    .map(name -> name.replaceAll("(_hi|_bn)?\\.properties$", ""))
                    .forEach(bases::add);
            assertThat(bases).contains("messages");
            return bases.stream().map(base -> DynamicTest.dynamicTest(base, () -> {
                Set<String> union = new TreeSet<>();
                Properties[] bundles = new Properties[LANGUAGES.length];
                for (int i = 0; i < LANGUAGES.length; i++) {
                    bundles[i] = load(BUNDLES.resolve(base + LANGUAGES[i] + ".properties"));
                    union.addAll(bundles[i].stringPropertyNames());
                }
                for (int i = 0; i < LANGUAGES.length; i++) {
                    Properties bundle = bundles[i];
                    Set<String> missing = new TreeSet<>(union);
                    missing.removeIf(key -> bundle.getProperty(key) != null && !bundle.getProperty(key).isBlank());
                    assertThat(missing).as("keys missing from %s%s.properties", base, LANGUAGES[i]).isEmpty();
                }
            }));
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        assertThat(file).exists();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
