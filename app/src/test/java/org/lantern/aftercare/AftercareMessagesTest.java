package org.lantern.aftercare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every message of the module exists in English, Hindi and Bengali, including one per enum value shown. */
class AftercareMessagesTest {

    @Test
    void everyKeyExistsInAllThreeLanguages() throws IOException {
        Properties english = load("");
        for (String language : List.of("_hi", "_bn")) {
            Properties other = load(language);
            assertThat(other.stringPropertyNames()).as(language).isEqualTo(english.stringPropertyNames());
            other.stringPropertyNames().forEach(key -> assertThat(other.getProperty(key)).as(key).isNotBlank());
        }
        List<Enum<?>[]> shown = List.of(PlanStatus.values(), GoalStatus.values(), ServiceKind.values(), ServiceStatus.values(),
                FollowUpKind.values(), RiskItem.values(), RiskLevel.values(), ResidentKind.values());
        String[] prefixes = {"planStatus", "goalStatus", "serviceKind", "serviceStatus", "followUpKind", "riskItem", "riskLevel", "residents"};
        for (int i = 0; i < prefixes.length; i++) {
            for (Enum<?> value : shown.get(i)) {
                assertThat(english).containsKey("aftercare." + prefixes[i] + "." + value.name());
            }
        }
    }

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (var in = AftercareMessagesTest.class.getResourceAsStream("/i18n/aftercare" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
