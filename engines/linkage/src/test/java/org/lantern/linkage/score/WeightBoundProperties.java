package org.lantern.linkage.score;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.lantern.linkage.api.AgeRange;
import org.lantern.linkage.api.Field;
import org.lantern.linkage.api.Level;
import org.lantern.linkage.api.LinkageModel;
import org.lantern.linkage.api.Record;
import org.lantern.linkage.api.Sex;
import org.lantern.linkage.compare.Comparison;
import org.lantern.linkage.compare.PreparedRecord;
import org.lantern.linkage.compare.RecordPreparer;
import org.lantern.linkage.normalise.PhoneticKey;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The cheap bound used to cut candidates in top-k search never falls below the exact weight. */
class WeightBoundProperties {

    private static final List<String> WORDS = List.of("Pooja", "Puja", "Sunita", "Suneeta", "Kumari", "Devi",
            "Munni", "Guddi", "Khatun", "Begum", "Das", "Dass", "Yadav", "Md", "Mohammed", "Rahim", "Rahima",
            "Fatima", "Fatema", "पूजा", "सुनीता", "Lakshmi", "Laxmi", "Sk", "Shaikh", "Ram", "Ramesh", "Suresh");
    private static final List<String> PLACES = List.of("Murshidabad", "Murshidabaad", "Malda", "Maldah", "Nadia",
            "Purnia", "Purnea", "Dist. Nadia");

    @Provide
    Arbitrary<Record> records() {
        return Arbitraries.longs().map(WeightBoundProperties::record);
    }

    /** A record with every field present or not, drawn from small vocabularies so that values often agree. */
    static Record record(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String[] digits = {"9812345678", "9812345679", "9812345670", "2001-05-04", "2001-05-14", "2002-01-01"};
        String dig = r.nextInt(3) == 0 ? null : digits[r.nextInt(digits.length)];
        int age = r.nextInt(42) - 1;
        int day = r.nextInt(2002) - 1;
        return Record.builder("r" + seed).name(name(r)).fatherName(name(r))
                .homeDistrict(r.nextInt(4) == 0 ? null : PLACES.get(r.nextInt(PLACES.size())))
                .age(age < 0 ? null : new AgeRange(age, age + age % 3))
                .eventDate(day < 0 ? null : LocalDate.of(2019, 1, 1).plusDays(day))
                .sex(r.nextInt(4) == 0 ? null : Sex.values()[r.nextInt(Sex.values().length)])
                .homeState(r.nextInt(3) == 0 ? null : List.of("West Bengal", "WB", "Bihar", "Assam").get(r.nextInt(4)))
                .phone(dig != null && !dig.contains("-") ? dig : null)
                .dateOfBirth(dig != null && dig.contains("-") ? dig : null)
                .address(r.nextInt(3) == 0 ? name(r) : null).build();
    }

    private static String name(SplittableRandom r) {
        int n = r.nextInt(5);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (r.nextInt(3) == 0) {
                // a random word over few letters: near misses that only Jaro-Winkler tells apart
                int length = 2 + r.nextInt(7);
                for (int k = 0; k < length; k++) {
                    s.append("aeiknrstu".charAt(r.nextInt(9)));
                }
                s.append(' ');
            } else {
                s.append(WORDS.get(r.nextInt(WORDS.size()))).append(' ');
            }
        }
        return blank(s.toString().strip());
    }

    private static String blank(String s) {
        return s.isEmpty() ? null : s;
    }

    /** A model with arbitrary m, u, prior and token frequencies (some above 1), seeded. */
    static LinkageModel randomModel(long seed, boolean directional) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] m = new double[Field.all().length][Level.SCORED];
        double[][] u = new double[Field.all().length][Level.SCORED];
        for (int f = 0; f < m.length; f++) {
            for (int l = 0; l < Level.SCORED; l++) {
                m[f][l] = random.nextDouble();
                u[f][l] = random.nextDouble();
            }
        }
        Map<String, Float> frequencies = new HashMap<>();
        for (String w : WORDS) {
            if (random.nextInt(4) > 0) {
                frequencies.put(PhoneticKey.of(w.toLowerCase()), (float) (random.nextDouble() * 1.5));
            }
        }
        return new LinkageModel(directional, m, u, 0.001 + random.nextDouble() * 0.5, 0.5, frequencies,
                (float) random.nextDouble());
    }

    @Property(tries = 5000)
    void boundIsNeverBelowTheWeight(@ForAll("records") Record left, @ForAll("records") Record right,
                                    @ForAll long seed, @ForAll boolean directional) {
        LinkageModel model = randomModel(seed, directional);
        PreparedRecord a = RecordPreparer.prepare(left);
        PreparedRecord b = RecordPreparer.prepare(right);
        int[] row = new int[WeightBound.STRIDE + 3];
        WeightBound.summarise(b, row, 3);
        double weight = FellegiSunter.weight(model, a, b, new Comparison());
        assertThat(WeightBound.query(model, a).bound(row, 3)).isGreaterThanOrEqualTo(weight);
    }

    @Property(tries = 300)
    void boundIsExactForAPairWithoutNames(@ForAll("records") Record left, @ForAll("records") Record right,
                                          @ForAll long seed) {
        LinkageModel model = randomModel(seed, true);
        // without names, address, district, state, phone and date of birth every field is computed exactly
        PreparedRecord a = RecordPreparer.prepare(Record.builder("a").sex(left.sex()).age(left.age())
                .eventDate(left.eventDate()).build());
        PreparedRecord b = RecordPreparer.prepare(Record.builder("b").sex(right.sex()).age(right.age())
                .eventDate(right.eventDate()).build());
        int[] row = new int[WeightBound.STRIDE];
        WeightBound.summarise(b, row, 0);
        double weight = FellegiSunter.weight(model, a, b, new Comparison());
        assertThat(WeightBound.query(model, a).bound(row, 0))
                .isCloseTo(weight, org.assertj.core.data.Offset.offset(2 * WeightBound.MARGIN));
    }

    @Property(tries = 5000)
    void exactWeightFromSummariesIsTheWeight(@ForAll("records") Record left, @ForAll("records") Record right,
                                             @ForAll long seed, @ForAll boolean directional) {
        LinkageModel model = randomModel(seed, directional);
        PreparedRecord a = RecordPreparer.prepare(left);
        PreparedRecord b = RecordPreparer.prepare(right);
        int[] row = new int[WeightBound.STRIDE];
        int[] codes = new int[WeightBound.NAME_CODES_STRIDE + 2];
        WeightBound.summarise(b, row, 0, codes, 2);
        double exact = WeightBound.query(model, a).exact(row, 0, codes, 2, new Comparison());
        if (!Double.isNaN(exact)) {
            assertThat(exact).isEqualTo(FellegiSunter.weight(model, a, b, new Comparison()));
        }
        // without an address on both sides the fast path always applies to these records
        assertThat(Double.isNaN(exact)).isEqualTo(a.address().size() > 0 && b.address().size() > 0);
    }
}
