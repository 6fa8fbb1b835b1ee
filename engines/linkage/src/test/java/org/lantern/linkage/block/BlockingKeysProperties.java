package org.lantern.linkage.block;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.lantern.linkage.api.Record;
import org.lantern.linkage.api.Sex;
import org.lantern.linkage.compare.PreparedRecord;
import org.lantern.linkage.compare.RecordPreparer;

import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class BlockingKeysProperties {

    @Property(tries = 300)
    void sameFatherAndSexMeetWhateverTheNameWhenTheStoredRecordHasNoDistrict(
            @ForAll @AlphaChars @StringLength(min = 3, max = 10) String reportedName,
            @ForAll @AlphaChars @StringLength(min = 3, max = 10) String foundName,
            @ForAll @AlphaChars @StringLength(min = 3, max = 10) String father,
            @ForAll Sex sex, @ForAll @IntRange(min = 1, max = 80) int age) {
        PreparedRecord query = RecordPreparer.prepare(Record.builder("m").name(reportedName).fatherName(father)
                .sex(sex).age(age).eventDate(LocalDate.of(2020, 1, 1)).homeDistrict("Nadia").build());
        PreparedRecord stored = RecordPreparer.prepare(Record.builder("f").name(foundName).fatherName(father)
                .sex(sex).eventDate(LocalDate.of(2021, 1, 1)).build());
        long[] storedKeys = BlockingKeys.indexKeys(stored);
        boolean fatherKeyed = BlockingKeys.informativeKeys(stored.fatherName()).length > 0;
        boolean meet = Arrays.stream(BlockingKeys.queryKeys(query))
                .anyMatch(k -> BlockingKeys.ruleOf(k) == BlockingRule.FATHER_AND_SEX
                        && Arrays.binarySearch(storedKeys, k) >= 0);
        assertThat(meet).isEqualTo(fatherKeyed);
    }

    @Property(tries = 300)
    void keysAreSortedAndDistinct(@ForAll @AlphaChars @StringLength(min = 1, max = 10) String name,
                                  @ForAll @AlphaChars @StringLength(min = 1, max = 10) String father,
                                  @ForAll Sex sex, @ForAll boolean withDistrict) {
        Record.Builder b = Record.builder("x").name(name).fatherName(father).sex(sex)
                .eventDate(LocalDate.of(2020, 1, 1));
        PreparedRecord r = RecordPreparer.prepare((withDistrict ? b.homeDistrict("Malda") : b).build());
        for (long[] keys : new long[][]{BlockingKeys.indexKeys(r), BlockingKeys.queryKeys(r)}) {
            for (int i = 1; i < keys.length; i++) {
                assertThat(keys[i]).isGreaterThan(keys[i - 1]);
            }
        }
    }
}
