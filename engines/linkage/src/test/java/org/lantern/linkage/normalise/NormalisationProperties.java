package org.lantern.linkage.normalise;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NormalisationProperties {

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> latin = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').ofMinLength(1)
                .ofMaxLength(10);
        Arbitrary<String> devanagari = Arbitraries.strings().withCharRange('\u0915', '\u0939')
                .withChars('\u093e', '\u093f', '\u0940', '\u0941', '\u0947', '\u094d', '\u0902').ofMinLength(1)
                .ofMaxLength(6);
        Arbitrary<String> bengali = Arbitraries.strings().withCharRange('\u0995', '\u09b9')
                .withChars('\u09be', '\u09bf', '\u09c0', '\u09c1').ofMinLength(1).ofMaxLength(6);
        return Arbitraries.oneOf(latin, devanagari, bengali).list().ofMinSize(1).ofMaxSize(4)
                .map(tokens -> String.join(" ", tokens));
    }

    @Property(tries = 300)
    void normalisingTheNormalisedNameChangesNothing(@ForAll("names") String name) {
        NormalisedName once = NameNormaliser.person(name);
        NormalisedName twice = NameNormaliser.person(String.join(" ", once.tokens()));
        assertThat(twice.keys()).isEqualTo(once.keys());
    }

    @Property(tries = 300)
    void tokenOrderDoesNotMatter(@ForAll("names") String name) {
        List<String> tokens = new ArrayList<>(List.of(name.split(" ")));
        Collections.reverse(tokens);
        assertThat(NameNormaliser.person(String.join(" ", tokens))).isEqualTo(NameNormaliser.person(name));
    }

    @Property(tries = 300)
    void phoneticKeyIsIdempotentOnLowerCaseAscii(@ForAll @StringLength(min = 1, max = 12) String raw) {
        String ascii = Transliteration.toAscii(raw).replace(" ", "");
        String key = PhoneticKey.of(ascii);
        assertThat(key.length()).isLessThanOrEqualTo(ascii.length());
        assertThat(PhoneticKey.of(key)).isEqualTo(PhoneticKey.of(PhoneticKey.of(key)));
    }

    @Property(tries = 200)
    void asciiOutputIsLowerCaseLettersDigitsAndSpaces(@ForAll("names") String name) {
        for (String token : NameNormaliser.person(name).tokens()) {
            assertThat(token).matches("[a-z0-9]+");
        }
    }
}
