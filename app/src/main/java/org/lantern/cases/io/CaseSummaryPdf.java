package org.lantern.cases.io;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.cases.CaseTeam;
import org.lantern.cases.People;
import org.lantern.cases.Person;
import org.lantern.cases.ReferenceValues;
import org.lantern.cases.SurvivorCase;
import org.lantern.cases.SurvivorCases;
import org.lantern.identity.RecordAccess;
import org.lantern.identity.Role;
import org.lantern.identity.SignInFlow;
import org.lantern.identity.SignedInUser;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import com.ibm.icu.text.Transliterator;

/**
 * A case summary as PDF for a referral or a court, with the parts the user chose redacted. The PDF uses the
 * standard Helvetica font, which has Latin letters only: Bengali and Devanagari text (names, places) is
 * transliterated to Latin with ICU, and labels are in English. No Noto font for these scripts is published on
 * Maven Central, and OpenPDF does not shape Indic scripts, so embedding one would still print broken conjuncts.
 */
@Service
public class CaseSummaryPdf {

    static final String REDACTED = "[redacted]";

    private final SurvivorCases cases;
    private final People people;
    private final CaseTeam team;
    private final ReferenceValues references;
    private final RecordAccess access;
    private final AuditLog audit;
    private final MessageSource messages;

    CaseSummaryPdf(SurvivorCases cases, People people, CaseTeam team, ReferenceValues references, RecordAccess access,
            AuditLog audit, MessageSource messages) {
        this.cases = cases;
        this.people = people;
        this.team = team;
        this.references = references;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
    }

    /** The case, if the user may see it (audited as a read); called before a response is started. */
    public SurvivorCase requireCase(UUID caseId) {
        return cases.get(caseId);
    }

    /** Writes the summary of a case with the chosen parts redacted. Audited as an export, naming the redactions. */
    public void write(UUID caseId, Set<Redaction> redact, OutputStream out) {
        SurvivorCase c = requireCase(caseId);
        SignedInUser user = SignInFlow.currentUser();
        boolean partner = user.hasRole(Role.PARTNER_POLICE) && user.roles().size() == 1;
        Person person = access.canView("person", c.personId()) ? people.get(c.personId()) : null;
        Transliterator latin = Transliterator.getInstance("Any-Latin; Latin-ASCII");

        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle("Case summary " + c.reference());
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
        Sections s = new Sections(document, heading, body, latin);

        document.add(new Paragraph("Case summary " + c.reference(), title));
        document.add(new Paragraph("Prepared " + LocalDate.now() + " by " + latin.transliterate(user.displayName())
                + (redact.isEmpty() ? "" : ". Redacted: " + redact.stream().map(Redaction::code).collect(Collectors.joining(", "))),
                body));

        s.heading("cases.section.case");
        s.row("cases.field.status", label(c.status().messageKey()));
        s.row("cases.field.office", c.office());
        s.row("cases.field.identifiedOn", c.identifiedOn());
        s.row("cases.field.identifiedHow", label(c.identifiedHow().messageKey()));
        s.row("cases.field.traffickingStatus", label(c.traffickingStatus().messageKey()));
        s.row("cases.field.exploitation", codes(ReferenceValues.EXPLOITATION, c.exploitation()));
        s.row("cases.field.recruitment", codes(ReferenceValues.RECRUITMENT, c.recruitment()));
        s.row("cases.field.control", codes(ReferenceValues.CONTROL, c.control()));
        s.end();

        s.heading("cases.section.person");
        if (person == null) {
            s.row("cases.field.name", REDACTED);
        } else {
            s.row("cases.field.names", redact.contains(Redaction.NAMES) ? REDACTED
                    : person.names().stream().map(Person.Name::name).collect(Collectors.joining("; ")));
            s.row("cases.field.sex", label(person.sex().messageKey()));
            s.row("cases.field.dateOfBirth", redact.contains(Redaction.BIRTH) ? REDACTED : person.dateOfBirth());
            s.row("cases.field.estimatedAge", redact.contains(Redaction.BIRTH) ? REDACTED : person.estimatedAge());
            s.row("cases.field.nationality", person.nationality());
            s.row("cases.section.address", redact.contains(Redaction.ADDRESS) ? REDACTED : person.address().joined());
            s.row("cases.field.identifyingMarks", redact.contains(Redaction.MARKS) ? REDACTED : person.identifyingMarks());
            s.row("cases.field.contacts", redact.contains(Redaction.CONTACTS) ? REDACTED
                    : person.contacts().stream().map(k -> k.name() + (k.relationship() == null ? "" : " (" + k.relationship() + ")")
                            + (k.details() == null ? "" : ": " + k.details())).collect(Collectors.joining("; ")));
        }
        s.end();

        s.heading("cases.section.events");
        if (redact.contains(Redaction.HISTORY)) {
            s.text(REDACTED);
        } else {
            for (SurvivorCases.TraffickingEvent e : cases.events(caseId)) {
                s.row(e.stage().messageKey(), java.util.stream.Stream.of(
                        e.occurredOn() == null ? null : e.occurredOn().toString(), e.place(), e.district(), e.state(), e.country())
                        .filter(v -> v != null && !v.isBlank()).collect(Collectors.joining(", ")));
            }
            s.end();
        }

        s.heading("cases.section.perpetrators");
        if (redact.contains(Redaction.PERPETRATORS) || person == null) {
            s.text(REDACTED);
        } else {
            for (SurvivorCases.Perpetrator p : cases.perpetrators(caseId)) {
                s.row("cases.field.name", p.name() + (p.role() == null ? "" : " (" + p.role() + ")"));
            }
            s.end();
        }

        s.heading("cases.section.team");
        if (redact.contains(Redaction.TEAM) || partner) {
            s.text(REDACTED);
        } else {
            for (CaseTeam.Member m : team.members(caseId)) {
                s.row(m.role().messageKey(), m.displayName());
            }
            s.end();
        }
        document.close();
        audit.record(AuditAction.EXPORT, "case", caseId, "ok", "case summary; redacted="
                + redact.stream().map(Redaction::code).toList());
    }

    private String codes(String list, Set<String> codes) {
        List<ReferenceValues.Value> values = references.active(list);
        return codes.stream().sorted().map(code -> values.stream().filter(v -> v.code().equals(code)).findFirst()
                .map(ReferenceValues.Value::labelEn).orElse(code)).collect(Collectors.joining(", "));
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, Locale.ENGLISH);
    }

    /** Headings and label/value rows in a two-column table; every value is transliterated to Latin. */
    private final class Sections {
        private final Document document;
        private final Font heading;
        private final Font body;
        private final Transliterator latin;
        private PdfPTable table;

        Sections(Document document, Font heading, Font body, Transliterator latin) {
            this.document = document;
            this.heading = heading;
            this.body = body;
            this.latin = latin;
        }

        void heading(String key) {
            Paragraph p = new Paragraph(label(key), heading);
            p.setSpacingBefore(12);
            p.setSpacingAfter(4);
            document.add(p);
        }

        void row(String labelKey, Object value) {
            if (table == null) {
                table = new PdfPTable(new float[] {1, 2.5f});
                table.setWidthPercentage(100);
                table.setHorizontalAlignment(Element.ALIGN_LEFT);
            }
            table.addCell(new Phrase(label(labelKey), body));
            String text = value == null || value.toString().isBlank() ? "-" : latin.transliterate(value.toString());
            table.addCell(new Phrase(text, body));
        }

        void text(String text) {
            document.add(new Paragraph(text, body));
        }

        void end() {
            if (table != null) {
                document.add(table);
                table = null;
            }
        }
    }
}
