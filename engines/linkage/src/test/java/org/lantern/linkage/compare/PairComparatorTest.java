package org.lantern.linkage.compare;

import org.junit.jupiter.api.Test;
import org.lantern.linkage.api.AgeRange;
import org.lantern.linkage.api.Field;
import org.lantern.linkage.api.Level;
import org.lantern.linkage.api.LinkageModel;
import org.lantern.linkage.api.Record;
import org.lantern.linkage.api.Sex;
import org.lantern.linkage.index.ModelTraining;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PairComparatorTest {

    private static final LinkageModel LINK = ModelTraining.placeholder(true);

    private static Comparison compare(Record a, Record b) {
        Comparison c = new Comparison();
        PairComparator.compare(LINK, RecordPreparer.prepare(a), RecordPreparer.prepare(b), c);
        return c;
    }

    @Test
    void namesInAnyOrderAndScriptAgree() {
        Comparison c = compare(Record.builder("m").name("Pooja Sharma").build(),
                Record.builder("f").name("शर्मा पूजा").build());
        assertThat(c.level(Field.NAME)).isEqualTo(Level.PHONETIC);
        assertThat(compare(Record.builder("m").name("Pooja Sharma").build(),
                Record.builder("f").name("sharma POOJA").build()).level(Field.NAME)).isEqualTo(Level.EXACT);
    }

    @Test
    void aMissingSurnameIsStillAgreement() {
        assertThat(compare(Record.builder("m").name("Rekha Kumari Das").build(),
                Record.builder("f").name("Rekha").build()).level(Field.NAME)).isEqualTo(Level.PHONETIC);
    }

    @Test
    void differentGivenNamesDoNotAgree() {
        assertThat(compare(Record.builder("m").name("Anita").build(),
                Record.builder("f").name("Zubair").build()).level(Field.NAME)).isEqualTo(Level.DISAGREE);
    }

    @Test
    void aPetNameAloneIsNeutral() {
        assertThat(compare(Record.builder("m").name("Sunita Kumari").build(),
                Record.builder("f").name("Munni").build()).level(Field.NAME)).isEqualTo(Level.MISSING);
        assertThat(compare(Record.builder("m").name("Sunita Kumari").build(),
                Record.builder("f").name("गुड्डी कुमारी").build()).level(Field.NAME)).isEqualTo(Level.MISSING);
    }

    @Test
    void ageIsCarriedForwardToTheFoundDate() {
        Record missing = Record.builder("m").age(12).eventDate(LocalDate.of(2019, 1, 1)).build();
        Record found = Record.builder("f").age(AgeRange.parse("14-16")).eventDate(LocalDate.of(2022, 1, 1)).build();
        assertThat(compare(missing, found).level(Field.AGE)).isEqualTo(Level.EXACT);
        Record tooYoung = Record.builder("f").age(9).eventDate(LocalDate.of(2022, 1, 1)).build();
        assertThat(compare(missing, tooYoung).level(Field.AGE)).isEqualTo(Level.DISAGREE);
    }

    @Test
    void foundBeforeMissingDisagrees() {
        Record missing = Record.builder("m").eventDate(LocalDate.of(2021, 5, 1)).build();
        assertThat(compare(missing, Record.builder("f").eventDate(LocalDate.of(2020, 5, 1)).build())
                .level(Field.EVENT_ORDER)).isEqualTo(Level.DISAGREE);
        assertThat(compare(missing, Record.builder("f").eventDate(LocalDate.of(2021, 8, 1)).build())
                .level(Field.EVENT_ORDER)).isEqualTo(Level.EXACT);
    }

    @Test
    void missingValuesAreNeutral() {
        Comparison c = compare(Record.builder("m").name("Asha").build(), Record.builder("f").sex(Sex.FEMALE).build());
        assertThat(c.level(Field.NAME)).isEqualTo(Level.MISSING);
        assertThat(c.level(Field.SEX)).isEqualTo(Level.MISSING);
    }

    @Test
    void phonesCompareAfterNormalisation() {
        assertThat(compare(Record.builder("m").phone("+91-98765-43210").build(),
                Record.builder("f").phone("09876543210").build()).level(Field.PHONE)).isEqualTo(Level.EXACT);
        assertThat(compare(Record.builder("m").phone("9876543210").build(),
                Record.builder("f").phone("9876543201").build()).level(Field.PHONE)).isEqualTo(Level.FUZZY_HIGH);
    }

    @Test
    void misspeltDistrictsAreFuzzy() {
        Level level = compare(Record.builder("m").homeDistrict("Murshidabad").build(),
                Record.builder("f").homeDistrict("Murshidabd").build()).level(Field.HOME_DISTRICT);
        assertThat(level).isIn(Level.PHONETIC, Level.FUZZY_HIGH);
    }
}
