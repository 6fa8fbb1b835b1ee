package org.lantern.linkage.normalise;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Share of Parlikar's Latin/Devanagari given-name pairs whose transliterated Devanagari gets the same phonetic key
 * as the Latin spelling, and the share that are at least similar (Jaro–Winkler of keys >= 0.9).
 */
class ParlikarAgreementTest {

    static Path namesFile() {
        for (String candidate : List.of("../../../shared/data/indian-names-parlikar/names.tsv",
                "/work/shared/data/indian-names-parlikar/names.tsv")) {
            Path p = Path.of(candidate);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    @Test
    void mostDevanagariNamesGetTheKeyOfTheirLatinSpelling() throws IOException {
        Path file = namesFile();
        assumeTrue(file != null, "Parlikar names not available");
        int pairs = 0;
        int sameKey = 0;
        int similar = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t");
            if (parts.length != 2 || parts[0].equals("english") || parts[0].isBlank()) {
                continue;
            }
            String latin = String.join(" ", NameNormaliser.person(parts[0]).keys());
            String devanagari = String.join(" ", NameNormaliser.person(parts[1]).keys());
            pairs++;
            if (latin.equals(devanagari)) {
                sameKey++;
            }
            if (org.lantern.linkage.compare.JaroWinkler.similarity(latin, devanagari) >= 0.9) {
                similar++;
            }
        }
        double exactShare = (double) sameKey / pairs;
        double similarShare = (double) similar / pairs;
        System.out.printf("Parlikar pairs=%d same phonetic key=%.3f similar (JW>=0.9)=%.3f%n", pairs, exactShare,
                similarShare);
        assertThat(exactShare).isGreaterThan(0.6);
        assertThat(similarShare).isGreaterThan(0.9);
    }
}
