package org.lantern.tracing;

import java.util.List;

import org.lantern.linkage.api.Explanation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Why a pair was proposed: each field's comparison level and its contribution to the match weight in bits
 * (positive for agreement, negative for disagreement), the prior and the total. Stored as JSON; holds no values.
 */
public record CandidateExplanation(List<FieldWeight> fields, double prior, double total, double probability) {

    public record FieldWeight(String field, String level, double weight) {

        /** Width of a bar for this weight, as a share of the largest possible (for the review page). */
        public int barPercent() {
            return (int) Math.min(100, Math.round(Math.abs(weight) * 100 / 12));
        }

        public boolean positive() {
            return weight > 0;
        }

        public String fieldKey() {
            return "tracing.field." + field;
        }

        public String levelKey() {
            return "tracing.level." + level;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static CandidateExplanation of(Explanation e) {
        return new CandidateExplanation(e.contributions().stream()
                .map(c -> new FieldWeight(c.field().name(), c.level().name(), round(c.weight()))).toList(),
                round(e.priorWeight()), round(e.totalWeight()), e.probability());
    }

    String toJson() {
        return JSON.writeValueAsString(this);
    }

    static CandidateExplanation fromJson(String json) {
        return JSON.readValue(json, CandidateExplanation.class);
    }

    private static double round(double weight) {
        return Math.round(weight * 100) / 100.0;
    }
}
