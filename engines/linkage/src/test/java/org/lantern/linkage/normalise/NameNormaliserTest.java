package org.lantern.linkage.normalise;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameNormaliserTest {

    private static String keys(String name) {
        return String.join(" ", NameNormaliser.person(name).keys());
    }

    @Test
    void foldsUsualSpellingVariants() {
        assertThat(keys("Pooja")).isEqualTo(keys("Puja"));
        assertThat(keys("Vikas")).isEqualTo(keys("Bikash"));
        assertThat(keys("Lakshmi")).isEqualTo(keys("Laxmi"));
        assertThat(keys("Seema")).isEqualTo(keys("Sima"));
        assertThat(keys("Shabana")).isEqualTo(keys("Sabana"));
        assertThat(keys("Mohammad Rafiq")).isEqualTo(keys("Md. Rafik"));
        assertThat(keys("Sk Rahim")).isEqualTo(keys("Sheikh Rahim"));
    }

    @Test
    void transliteratesIndicScriptsToTheSameKeys() {
        assertThat(keys("पूजा")).isEqualTo(keys("Pooja"));
        assertThat(keys("राजेश")).isEqualTo(keys("Rajesh"));
        assertThat(keys("कमला")).isEqualTo(keys("Kamla"));
        assertThat(keys("বিকাশ")).isEqualTo(keys("Bikash"));
        assertThat(keys("चंदन")).isEqualTo(keys("Chandan"));
        assertThat(keys("मोहम्मद रहीम")).isEqualTo(keys("Md Rahim"));
    }

    @Test
    void removesTitlesButKeepsLowInformationSecondNames() {
        NormalisedName name = NameNormaliser.person("Smt. Sunita Devi");
        assertThat(name.tokens()).containsExactly("devi", "sunita");
        assertThat(name.informative()).containsExactly(false, true);
        assertThat(NameNormaliser.person("श्रीमती सुनीता देवी").keys()).isEqualTo(name.keys());
        assertThat(NameNormaliser.person("Late Shri Ram Prasad").tokens()).containsExactly("prasad", "ram");
    }

    @Test
    void aTitleAloneIsKept() {
        assertThat(NameNormaliser.person("Mr").tokens()).containsExactly("mr");
    }

    @Test
    void ordersTokens() {
        assertThat(NameNormaliser.person("Khatun Shabana")).isEqualTo(NameNormaliser.person("Shabana  Khatun"));
    }

    @Test
    void emptyAndNullAreEmpty() {
        assertThat(NameNormaliser.person(null).isEmpty()).isTrue();
        assertThat(NameNormaliser.person(" ,. ").isEmpty()).isTrue();
    }

    @Test
    void placesDropAdministrativeWords() {
        assertThat(NameNormaliser.place("District Murshidabad").tokens()).containsExactly("murshidabad");
        assertThat(Places.state("U.P.")).isEqualTo("uttar pradesh");
        assertThat(Places.state("West Bengal")).isEqualTo(Places.state("WB"));
    }

    @Test
    void phonesLoseCountryAndTrunkPrefixes() {
        assertThat(PhoneNumbers.normalise("+91 98765 43210")).isEqualTo("9876543210");
        assertThat(PhoneNumbers.normalise("09876543210")).isEqualTo("9876543210");
        assertThat(PhoneNumbers.normalise("+880 1712-345678")).isEqualTo("1712345678");
        assertThat(PhoneNumbers.normalise("01712345678")).isEqualTo("1712345678");
        assertThat(PhoneNumbers.normalise("१२३")).isNull();
    }
}
