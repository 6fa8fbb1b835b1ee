package org.lantern.linkage.score;

import org.junit.jupiter.api.Test;
import org.lantern.linkage.TestData;
import org.lantern.linkage.api.Field;
import org.lantern.linkage.api.LabelledPair;
import org.lantern.linkage.api.Level;
import org.lantern.linkage.api.LinkageModel;
import org.lantern.linkage.api.Record;
import org.lantern.linkage.index.ModelTraining;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ModelEstimatorTest {

    private static final TestData DATA = new TestData(500, 300, 120, 11);

    @Test
    void emLearnsThatAgreementIsEvidenceWithoutLabels() {
        LinkageModel model = ModelTraining.forLinkage(DATA.missing, DATA.found);
        assertThat(model.weight(Field.NAME, Level.EXACT)).isGreaterThan(3);
        assertThat(model.weight(Field.NAME, Level.DISAGREE)).isLessThan(0);
        assertThat(model.weight(Field.EVENT_ORDER, Level.DISAGREE)).isLessThan(0);
        assertThat(model.weight(Field.PHONE, Level.EXACT)).isGreaterThan(5);
        assertThat(model.lambda()).isBetween(1e-6, 0.01);
    }

    @Test
    void rareNamesWeighMoreThanCommonOnes() {
        LinkageModel model = ModelTraining.forLinkage(DATA.missing, DATA.found);
        Record common = Record.builder("a").name("Pooja Kumari").build();
        Record commonToo = Record.builder("b").name("Puja Kumari").build();
        Record rare = Record.builder("c").name("Hiranmayee Kumari").build();
        Record rareToo = Record.builder("d").name("Hiranmayi Kumari").build();
        double commonWeight = FellegiSunter.score(model, common, commonToo).explanation().of(Field.NAME).weight();
        double rareWeight = FellegiSunter.score(model, rare, rareToo).explanation().of(Field.NAME).weight();
        assertThat(rareWeight).isGreaterThan(commonWeight);
    }

    @Test
    void reviewedPairsShiftTheParameters() {
        LinkageModel model = ModelTraining.forLinkage(DATA.missing, DATA.found);
        List<LabelledPair> reviewed = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            // reviewers confirm pairs whose father's names disagree: that level should count less against a match
            Record m = DATA.missing.get(i);
            Record f = Record.builder("F" + i).name(DATA.found.get(i).name()).fatherName("Xyzzy Qwerty")
                    .eventDate(DATA.found.get(i).eventDate()).build();
            reviewed.add(new LabelledPair(m, f, true));
        }
        LinkageModel learned = ReviewLearning.learn(model, reviewed, 50);
        assertThat(learned.m(Field.FATHER_NAME, Level.DISAGREE)).isGreaterThan(model.m(Field.FATHER_NAME, Level.DISAGREE));
        assertThat(learned.lambda()).isEqualTo(model.lambda());
    }
}
