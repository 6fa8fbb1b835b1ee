package org.lantern.linkage.block;

import org.junit.jupiter.api.Test;
import org.lantern.linkage.api.Record;
import org.lantern.linkage.api.Sex;
import org.lantern.linkage.compare.PreparedRecord;
import org.lantern.linkage.compare.RecordPreparer;

import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The father's-name-and-sex rule: pet names and transposed names without district or age. */
class FatherAndSexKeyTest {

    private static final LocalDate REPORTED = LocalDate.of(2021, 3, 1);

    private static PreparedRecord report() {
        return RecordPreparer.prepare(Record.builder("M1").name("Ruksana Khatun").fatherName("Abdul Karim")
                .sex(Sex.FEMALE).age(12).eventDate(REPORTED).homeDistrict("Murshidabad").build());
    }

    private static long[] keysOf(long[] keys, BlockingRule rule) {
        return Arrays.stream(keys).filter(k -> BlockingKeys.ruleOf(k) == rule).toArray();
    }

    private static long[] shared(long[] a, long[] b) {
        return Arrays.stream(a).filter(k -> Arrays.binarySearch(b, k) >= 0).toArray();
    }

    @Test
    void aPetNameWithoutDistrictOrAgeMeetsItsReportOnlyThroughFatherAndSex() {
        PreparedRecord found = RecordPreparer.prepare(Record.builder("F1").name("Munni").fatherName("Abdul")
                .sex(Sex.FEMALE).eventDate(REPORTED.plusMonths(5)).build());
        long[] common = shared(BlockingKeys.queryKeys(report()), BlockingKeys.indexKeys(found));
        assertThat(common).isNotEmpty();
        assertThat(Arrays.stream(common).mapToObj(BlockingKeys::ruleOf)).containsOnly(BlockingRule.FATHER_AND_SEX);
    }

    @Test
    void aTransposedNameWithoutDistrictMeetsItsReport() {
        PreparedRecord found = RecordPreparer.prepare(Record.builder("F2").name("Rukasna").fatherName("Abdul Karim")
                .sex(Sex.FEMALE).eventDate(REPORTED.plusMonths(2)).build());
        long[] common = shared(BlockingKeys.queryKeys(report()), BlockingKeys.indexKeys(found));
        assertThat(Arrays.stream(common).mapToObj(BlockingKeys::ruleOf)).contains(BlockingRule.FATHER_AND_SEX);
    }

    @Test
    void aStoredRecordWithDistrictAndAgeHasNoFatherAndSexKeyButAQueryLooksItUp() {
        PreparedRecord complete = report();
        assertThat(keysOf(BlockingKeys.indexKeys(complete), BlockingRule.FATHER_AND_SEX)).isEmpty();
        assertThat(keysOf(BlockingKeys.queryKeys(complete), BlockingRule.FATHER_AND_SEX)).hasSize(2);
        PreparedRecord noAge = RecordPreparer.prepare(Record.builder("F3").name("Ruksana").fatherName("Abdul Karim")
                .sex(Sex.FEMALE).eventDate(REPORTED).homeDistrict("Murshidabad").build());
        assertThat(keysOf(BlockingKeys.indexKeys(noAge), BlockingRule.FATHER_AND_SEX)).hasSize(2);
    }

    @Test
    void anotherSexOrNoSexOrNoFatherGivesNoFatherAndSexKeyInCommon() {
        long[] query = keysOf(BlockingKeys.queryKeys(report()), BlockingRule.FATHER_AND_SEX);
        PreparedRecord boy = RecordPreparer.prepare(Record.builder("F4").name("Munna").fatherName("Abdul Karim")
                .sex(Sex.MALE).eventDate(REPORTED).build());
        PreparedRecord unknownSex = RecordPreparer.prepare(Record.builder("F5").name("Munni").fatherName("Abdul Karim")
                .eventDate(REPORTED).build());
        PreparedRecord noFather = RecordPreparer.prepare(Record.builder("F6").name("Munni").sex(Sex.FEMALE)
                .eventDate(REPORTED).build());
        assertThat(shared(query, BlockingKeys.indexKeys(boy))).isEmpty();
        assertThat(keysOf(BlockingKeys.indexKeys(unknownSex), BlockingRule.FATHER_AND_SEX)).isEmpty();
        assertThat(keysOf(BlockingKeys.indexKeys(noFather), BlockingRule.FATHER_AND_SEX)).isEmpty();
    }
}
