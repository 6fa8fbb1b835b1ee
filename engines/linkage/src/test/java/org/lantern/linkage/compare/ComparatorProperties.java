package org.lantern.linkage.compare;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.lantern.linkage.api.AgeRange;
import org.lantern.linkage.api.Field;
import org.lantern.linkage.api.LinkageModel;
import org.lantern.linkage.api.Record;
import org.lantern.linkage.index.ModelTraining;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ComparatorProperties {

    private static final LinkageModel MODEL = ModelTraining.placeholder(false);

    @Property(tries = 500)
    void jaroWinklerIsSymmetricAndInUnitInterval(@ForAll @AlphaChars @StringLength(max = 20) String a,
                                                 @ForAll @AlphaChars @StringLength(max = 20) String b) {
        double ab = JaroWinkler.similarity(a, b);
        assertThat(ab).isEqualTo(JaroWinkler.similarity(b, a));
        assertThat(ab).isBetween(0.0, 1.0);
        assertThat(JaroWinkler.similarity(a, a)).isEqualTo(1.0);
    }

    @Property(tries = 300)
    void pairComparisonIsSymmetricForDeduplication(@ForAll @AlphaChars @StringLength(min = 1, max = 8) String a,
                                                   @ForAll @AlphaChars @StringLength(min = 1, max = 8) String b,
                                                   @ForAll @AlphaChars @StringLength(min = 1, max = 8) String c) {
        PreparedRecord x = RecordPreparer.prepare(Record.builder("x").name(a + " " + b).fatherName(c)
                .age(new AgeRange(10, 12)).eventDate(LocalDate.of(2020, 1, 1)).homeDistrict(b).build());
        PreparedRecord y = RecordPreparer.prepare(Record.builder("y").name(b + " " + c).fatherName(a)
                .age(14).eventDate(LocalDate.of(2022, 6, 1)).homeDistrict(c).build());
        Comparison xy = new Comparison();
        Comparison yx = new Comparison();
        PairComparator.compare(MODEL, x, y, xy);
        PairComparator.compare(MODEL, y, x, yx);
        for (Field f : Field.all()) {
            if (f != Field.AGE) { // age carries the earlier age forward, both ways agree only within a year
                assertThat(xy.level(f)).as(f.name()).isEqualTo(yx.level(f));
            }
        }
    }

    @Property(tries = 300)
    void withinOneEditIsSymmetric(@ForAll @StringLength(max = 10) String a, @ForAll @StringLength(max = 10) String b) {
        assertThat(EditDistance.withinOne(a, b)).isEqualTo(EditDistance.withinOne(b, a));
    }
}
