package org.lantern.cases.io;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** The columns a legacy case register may have, with header words that name them in English, Hindi and Bengali. */
public enum ImportField {
    NAME("name", "full name", "survivor name", "victim name", "survivor", "naam", "नाम", "নাম"),
    OTHER_NAMES("other names", "other name", "alias", "aliases", "also known as", "pet name", "दूसरे नाम", "অন্য নাম"),
    SEX("sex", "gender", "लिंग", "লিঙ্গ"),
    AGE("age", "age years", "estimated age", "आयु", "उम्र", "বয়স"),
    DATE_OF_BIRTH("date of birth", "dob", "birth date", "जन्म तिथि", "জন্ম তারিখ"),
    DISTRICT("district", "जिला", "ज़िला", "জেলা"),
    STATE("state", "division", "province", "राज्य", "রাজ্য", "বিভাগ"),
    COUNTRY("country", "देश", "দেশ"),
    IDENTIFIED_ON("identified on", "date identified", "identification date", "date of identification", "rescue date",
            "date of rescue", "पहचान की तारीख", "শনাক্তের তারিখ"),
    IDENTIFIED_HOW("how identified", "identified how", "identification method", "identified by", "source"),
    TRAFFICKING_STATUS("trafficking status", "status"),
    EXPLOITATION("exploitation", "exploitation type", "type of exploitation", "शोषण", "শোষণ"),
    OFFICE("office", "branch", "कार्यालय", "অফিস");

    private final List<String> headers;

    ImportField(String... headers) {
        this.headers = List.of(headers);
    }

    public String messageKey() {
        return "cases.import.field." + name();
    }

    /** Whether a column header names this field. */
    boolean matches(String header) {
        String h = normal(header);
        return headers.stream().anyMatch(known -> normal(known).equals(h));
    }

    static String normal(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_\\-./:()]+", " ").strip();
    }
}
