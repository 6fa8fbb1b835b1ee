package org.lantern.cases;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.lantern.platform.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The configurable picklists of table {@code reference_value} (exploitation, recruitment, control). */
@Service
public class ReferenceValues {

    public static final String EXPLOITATION = "EXPLOITATION";
    public static final String RECRUITMENT = "RECRUITMENT";
    public static final String CONTROL = "CONTROL";

    public record Value(String list, String code, String labelEn, String labelHi, String labelBn, boolean active) {
        public String label(Locale locale) {
            return switch (locale == null ? "en" : locale.getLanguage()) {
                case "hi" -> labelHi;
                case "bn" -> labelBn;
                default -> labelEn;
            };
        }
    }

    private final JdbcClient jdbc;

    ReferenceValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The active values of a list, in display order. */
    public List<Value> active(String list) {
        return jdbc.sql("SELECT * FROM reference_value WHERE list = :list AND active ORDER BY position, code")
                .param("list", list).query((rs, n) -> new Value(rs.getString("list"), rs.getString("code"),
                        rs.getString("label_en"), rs.getString("label_hi"), rs.getString("label_bn"), rs.getBoolean("active")))
                .list();
    }

    /** Fails naming {@code field} unless every code is an active value of the list. */
    void requireActive(String field, String list, Set<String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        Set<String> known = jdbc.sql("SELECT code FROM reference_value WHERE list = :list AND active AND code IN (:codes)")
                .param("list", list).param("codes", codes).query(String.class).set();
        if (!known.containsAll(codes)) {
            throw new InvalidInputException(field, "cases.error.unknownValue");
        }
    }
}
