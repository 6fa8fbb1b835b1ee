package org.lantern.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;

/** The demo's local-script spellings read naturally and meet their Latin spelling in search. */
class DemoSpellingTest {

    @Test
    void localSpellingsMeetTheLatinSpelling() {
        Transliterator devanagari = Transliterator.getInstance("Latin-Devanagari");
        Transliterator bengali = Transliterator.getInstance("Latin-Bengali");
        for (String latin : new String[] {"Puja Roy", "Anjali Begum", "Lakshmi Sardar", "Champa Khatun", "Rekha Devi"}) {
            String hi = DemoCases.localScript(devanagari, latin);
            String bn = DemoCases.localScript(bengali, latin);
            System.out.println(latin + " | " + hi + " " + NameSearchKeys.of(hi) + " | " + bn + " " + NameSearchKeys.of(bn));
            assertThat(hi).doesNotEndWith("\u094D");
            assertThat(NameSearchKeys.detectScript(hi)).isEqualTo(NameScript.DEVANAGARI);
            assertThat(NameSearchKeys.detectScript(bn)).isEqualTo(NameScript.BENGALI);
        }
        assertThat(DemoCases.localScript(devanagari, "Puja")).isEqualTo("पुजा");
        assertThat(NameSearchKeys.of(DemoCases.localScript(bengali, "Puja"))).isEqualTo("puja");
    }
}
