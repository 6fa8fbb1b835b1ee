package org.lantern.cases.io;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.lantern.cases.CaseRecords.CaseRecord;
import org.lantern.cases.Consents;
import org.lantern.cases.Person;
import org.lantern.cases.SurvivorCase;
import org.lantern.cases.SurvivorCases;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

/**
 * JSON with the entity and field names of the Human Trafficking Case Data Standard 2.0 (IOM): one object per
 * case with its victim, historic trafficking events and consents. The mapping is documented in
 * docs/modules/cases.md. A research export carries a pseudonymous victimId that is new in every export.
 */
final class HtcdsSink implements CaseSink {

    private final JsonGenerator json;
    private final boolean research;
    private final String exportSalt = UUID.randomUUID().toString();

    HtcdsSink(OutputStream out, boolean research, ObjectMapper mapper) {
        this.research = research;
        this.json = mapper.createGenerator(out);
        json.writeStartObject();
        json.writeStringProperty("standard", "HTCDS 2.0");
        json.writeStringProperty("purpose", research ? "research" : "casework");
        json.writeStringProperty("exportedAt", Instant.now().toString());
        json.writeArrayPropertyStart("cases");
    }

    @Override
    public void write(CaseRecord record) {
        json.writePOJO(htcds(record));
    }

    @Override
    public void finish() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.close();
    }

    private Map<String, Object> htcds(CaseRecord r) {
        SurvivorCase c = r.caseRecord();
        Person p = r.person();
        Map<String, Object> victim = new LinkedHashMap<>();
        victim.put("victimId", research
                ? UUID.nameUUIDFromBytes((exportSalt + c.personId()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                : c.personId());
        if (p != null) {
            if (!research) {
                victim.put("names", p.names().stream().map(n -> Map.of("name", n.name(), "script", n.script().name(),
                        "nameType", n.kind().name())).toList());
                victim.put("dateOfBirth", p.dateOfBirth());
            }
            victim.put("gender", p.sex());
            victim.put("yearOfBirth", r.yearOfBirth());
            victim.put("ageAtIdentification", ExportColumns.ageAtIdentification(r));
            victim.put("citizenship", p.nationality());
            victim.put("languages", p.languages());
            victim.put("residence", residence(p.address(), research));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("caseId", research ? null : c.reference());
        out.put("victim", victim);
        out.put("identificationDate", c.identifiedOn());
        out.put("identificationMethod", c.identifiedHow());
        out.put("traffickingStatus", c.traffickingStatus());
        out.put("caseStatus", c.status());
        out.put("openingDate", c.openedAt());
        out.put("closingDate", c.closedAt());
        out.put("office", c.office());
        out.put("exploitationType", c.exploitation().stream().sorted().toList());
        out.put("recruitmentMethod", c.recruitment().stream().sorted().toList());
        out.put("meansOfControl", c.control().stream().sorted().toList());
        out.put("events", r.events().stream().map(HtcdsSink::event).toList());
        out.put("consents", r.consents().stream().map(HtcdsSink::consent).toList());
        if (research) {
            out.remove("caseId");
        }
        return out;
    }

    private static Map<String, Object> residence(Person.Address a, boolean research) {
        Map<String, Object> place = new LinkedHashMap<>();
        if (!research) {
            place.put("village", a.village());
            place.put("block", a.block());
        }
        place.put("district", a.district());
        place.put("state", a.state());
        place.put("country", a.country());
        return place;
    }

    private static Map<String, Object> event(SurvivorCases.TraffickingEvent e) {
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("place", e.place());
        location.put("district", e.district());
        location.put("state", e.state());
        location.put("country", e.country());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventType", e.stage());
        event.put("location", location);
        event.put("date", e.occurredOn());
        return event;
    }

    private static Map<String, Object> consent(Consents.Consent c) {
        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("purpose", c.purpose());
        consent.put("givenDate", c.givenOn());
        consent.put("withdrawnDate", c.withdrawnOn());
        consent.put("consentMethod", c.method());
        return consent;
    }
}
