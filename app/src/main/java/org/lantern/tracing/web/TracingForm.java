package org.lantern.tracing.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.lantern.cases.ConsentMethod;
import org.lantern.cases.Sex;
import org.lantern.tracing.TracingDraft;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form of a missing report or found person, as the browser posts it: the first name, other names one per line
 * (other spellings, scripts, pet names).
 */
record TracingForm(String kind, String reporterContact, String name, String otherNames, String fatherName,
        String phone, Sex sex, String age, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate eventDate,
        String eventDistrict, String eventState, String homeDistrict, String homeState, Boolean tracingConsent,
        ConsentMethod consentMethod) {

    static TracingForm empty() {
        return new TracingForm(null, null, null, null, null, null, Sex.UNKNOWN, null, null, null, null, null, null,
                Boolean.TRUE, ConsentMethod.WRITTEN);
    }

    TracingDraft draft() {
        List<String> names = new ArrayList<>();
        names.add(name);
        if (otherNames != null) {
            names.addAll(Arrays.asList(otherNames.split("\\R")));
        }
        return new TracingDraft(kind, reporterContact, names, fatherName, phone, sex, age, eventDate, eventDistrict,
                eventState, homeDistrict, homeState, Boolean.TRUE.equals(tracingConsent),
                Boolean.TRUE.equals(tracingConsent) ? consentMethod : null);
    }

    /** The input a service field name refers to. */
    static String inputOf(String field) {
        return "names".equals(field) ? "name" : field;
    }
}
