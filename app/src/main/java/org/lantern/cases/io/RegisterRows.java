package org.lantern.cases.io;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.lantern.cases.CaseDraft;
import org.lantern.cases.IdentifiedHow;
import org.lantern.cases.NameKind;
import org.lantern.cases.Person;
import org.lantern.cases.PersonDraft;
import org.lantern.cases.ReferenceValues;
import org.lantern.cases.Sex;
import org.lantern.cases.TraffickingStatus;

/**
 * Turns the rows of a register into drafts, naming every bad cell by row, column and problem. A problem never
 * carries the cell's value: it may be a name.
 */
final class RegisterRows {

    record Draft(int row, PersonDraft person, CaseDraft caseDraft) {
    }

    record Result(List<Draft> drafts, List<ImportProblem> problems) {
    }

    static final String DECIDED_BY = "Legacy register";
    private static final int MAX_NAME = 200;
    private static final int MAX_PLACE = 100;
    private static final int MAX_TEXT_ALL = 500;
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("d/M/uuuu"), pattern("d-M-uuuu"), pattern("d.M.uuuu"));

    private final List<String> headers;
    private final Map<ImportField, Integer> mapping;
    private final List<ReferenceValues.Value> exploitation;
    private final String office;
    private final boolean otherOffices;
    private final LocalDate today = LocalDate.now();

    /**
     * @param office the importer's office, used where the office column is empty
     * @param otherOffices whether the importer may open cases for other offices (supervisors)
     */
    RegisterRows(List<String> headers, Map<ImportField, Integer> mapping, List<ReferenceValues.Value> exploitation,
            String office, boolean otherOffices) {
        this.headers = headers;
        this.mapping = mapping;
        this.exploitation = exploitation;
        this.office = office;
        this.otherOffices = otherOffices;
    }

    Result read(List<RegisterSheet.Line> lines) {
        List<ImportProblem> problems = new ArrayList<>();
        for (ImportField required : List.of(ImportField.NAME, ImportField.IDENTIFIED_HOW)) {
            if (!mapping.containsKey(required)) {
                problems.add(new ImportProblem(1, "", "cases.import.problem.unmapped." + required.name()));
            }
        }
        List<Draft> drafts = new ArrayList<>();
        for (RegisterSheet.Line line : lines) {
            Row row = new Row(line, problems);
            Draft draft = row.draft();
            if (row.clean) {
                drafts.add(draft);
            }
        }
        return new Result(drafts, problems);
    }

    /** The header of the column a field is read from, for problems. */
    String column(ImportField field) {
        Integer index = mapping.get(field);
        return index == null || index >= headers.size() ? field.name() : headers.get(index);
    }

    private final class Row {
        private final RegisterSheet.Line line;
        private final List<ImportProblem> problems;
        boolean clean = true;

        Row(RegisterSheet.Line line, List<ImportProblem> problems) {
            this.line = line;
            this.problems = problems;
        }

        Draft draft() {
            String name = text(ImportField.NAME, MAX_NAME);
            if (mapping.containsKey(ImportField.NAME) && name == null) {
                problem(ImportField.NAME, "cases.import.problem.required");
            }
            List<PersonDraft.NameDraft> names = new ArrayList<>();
            if (name != null) {
                names.add(new PersonDraft.NameDraft(name, null, NameKind.OFFICIAL));
            }
            String others = text(ImportField.OTHER_NAMES, MAX_TEXT_ALL);
            if (others != null) {
                for (String other : others.split("[;,/]")) {
                    if (!other.isBlank() && other.strip().length() <= MAX_NAME) {
                        names.add(new PersonDraft.NameDraft(other.strip(), null, NameKind.ALIAS));
                    } else if (!other.isBlank()) {
                        problem(ImportField.OTHER_NAMES, "cases.import.problem.tooLong");
                    }
                }
            }
            Sex sex = sex();
            LocalDate born = date(ImportField.DATE_OF_BIRTH);
            if (born != null && born.isBefore(today.minusYears(120))) {
                problem(ImportField.DATE_OF_BIRTH, "cases.import.problem.date");
            }
            Integer age = age();
            LocalDate identifiedOn = date(ImportField.IDENTIFIED_ON);
            String district = text(ImportField.DISTRICT, MAX_PLACE);
            String state = text(ImportField.STATE, MAX_PLACE);
            String country = country();
            IdentifiedHow how = identifiedHow();
            TraffickingStatus status = traffickingStatus();
            Set<String> exploited = exploitation();
            String caseOffice = office();
            PersonDraft person = new PersonDraft(names, sex, born, born == null ? age : null,
                    born == null && age != null ? (identifiedOn == null ? today : identifiedOn) : null, List.of(), country,
                    new Person.Address(null, null, district, state, country), null, List.of());
            CaseDraft draft = new CaseDraft(how, identifiedOn, status, status == TraffickingStatus.ACTUAL ? DECIDED_BY : null,
                    caseOffice, null, exploited, Set.of(), Set.of());
            return new Draft(line.number(), person, draft);
        }

        private String raw(ImportField field) {
            return line.cell(mapping.get(field));
        }

        private String text(ImportField field, int max) {
            String value = raw(field);
            if (value.isEmpty()) {
                return null;
            }
            if (value.length() > max) {
                problem(field, "cases.import.problem.tooLong");
                return null;
            }
            return value;
        }

        private Sex sex() {
            String value = norm(raw(ImportField.SEX));
            return switch (value) {
                case "", "unknown", "not known", "u" -> Sex.UNKNOWN;
                case "f", "female", "woman", "girl", "महिला", "स्त्री", "लड़की", "মহিলা", "নারী", "মেয়ে" -> Sex.FEMALE;
                case "m", "male", "man", "boy", "पुरुष", "लड़का", "পুরুষ", "ছেলে" -> Sex.MALE;
                case "other", "o", "third gender", "transgender", "अन्य", "অন্যান্য" -> Sex.OTHER;
                default -> {
                    problem(ImportField.SEX, "cases.import.problem.sex");
                    yield Sex.UNKNOWN;
                }
            };
        }

        private Integer age() {
            String value = norm(raw(ImportField.AGE)).replaceAll("\\s*(years?|yrs?|y)$", "");
            if (value.isEmpty()) {
                return null;
            }
            if (value.matches("\\d{1,3}")) {
                int age = Integer.parseInt(value);
                if (age <= 120) {
                    return age;
                }
            }
            problem(ImportField.AGE, "cases.import.problem.age");
            return null;
        }

        private LocalDate date(ImportField field) {
            String value = raw(field);
            if (value.isEmpty()) {
                return null;
            }
            for (DateTimeFormatter format : DATES) {
                try {
                    LocalDate date = LocalDate.parse(value, format);
                    if (date.isAfter(today)) {
                        problem(field, "cases.import.problem.futureDate");
                        return null;
                    }
                    return date;
                } catch (DateTimeParseException e) {
                    // try the next format
                }
            }
            problem(field, "cases.import.problem.date");
            return null;
        }

        private String country() {
            String value = norm(raw(ImportField.COUNTRY));
            return switch (value) {
                case "" -> null;
                case "in", "ind", "india", "भारत", "ভারত" -> "IN";
                case "bd", "bgd", "bangladesh", "बांग्लादेश", "বাংলাদেশ" -> "BD";
                case "np", "npl", "nepal", "नेपाल", "নেপাল" -> "NP";
                default -> {
                    problem(ImportField.COUNTRY, "cases.import.problem.country");
                    yield null;
                }
            };
        }

        private IdentifiedHow identifiedHow() {
            String value = norm(raw(ImportField.IDENTIFIED_HOW)).replace('_', ' ');
            if (value.isEmpty()) {
                if (mapping.containsKey(ImportField.IDENTIFIED_HOW)) {
                    problem(ImportField.IDENTIFIED_HOW, "cases.import.problem.required");
                }
                return null;
            }
            IdentifiedHow how = value.contains("rescue") || value.contains("raid") ? IdentifiedHow.RESCUE_OPERATION
                    : value.contains("hotline") || value.contains("helpline") || value.equals("1098") ? IdentifiedHow.HOTLINE
                    : value.contains("community") || value.contains("tip") ? IdentifiedHow.COMMUNITY_TIP_OFF
                    : value.equals("self") || value.contains("self ") || value.contains("walk in") ? IdentifiedHow.SELF
                    : value.contains("police") ? IdentifiedHow.POLICE_REFERRAL
                    : value.contains("ngo") ? IdentifiedHow.NGO_REFERRAL : null;
            if (how == null) {
                problem(ImportField.IDENTIFIED_HOW, "cases.import.problem.identifiedHow");
            }
            return how;
        }

        private TraffickingStatus traffickingStatus() {
            String value = norm(raw(ImportField.TRAFFICKING_STATUS));
            return switch (value) {
                case "", "possible", "suspected", "presumed", "potential" -> TraffickingStatus.POSSIBLE;
                case "actual", "confirmed", "identified", "victim" -> TraffickingStatus.ACTUAL;
                default -> {
                    problem(ImportField.TRAFFICKING_STATUS, "cases.import.problem.traffickingStatus");
                    yield TraffickingStatus.POSSIBLE;
                }
            };
        }

        private Set<String> exploitation() {
            String value = raw(ImportField.EXPLOITATION);
            Set<String> codes = new HashSet<>();
            for (String part : value.split("[;,/]")) {
                String wanted = norm(part);
                if (wanted.isEmpty()) {
                    continue;
                }
                exploitation.stream().filter(v -> wanted.equals(norm(v.code()).replace('_', ' '))
                        || wanted.equals(norm(v.code())) || wanted.equals(norm(v.labelEn())) || wanted.equals(norm(v.labelHi()))
                        || wanted.equals(norm(v.labelBn()))
                        || (wanted.length() >= 4 && norm(v.labelEn()).contains(wanted)))
                        .findFirst().ifPresentOrElse(v -> codes.add(v.code()),
                                () -> problem(ImportField.EXPLOITATION, "cases.import.problem.exploitation"));
            }
            return codes;
        }

        private String office() {
            String value = raw(ImportField.OFFICE);
            if (value.isEmpty() || value.equalsIgnoreCase(office == null ? "" : office)) {
                if (office == null) {
                    problem(ImportField.OFFICE, "cases.import.problem.required");
                }
                return office;
            }
            if (!otherOffices) {
                problem(ImportField.OFFICE, "cases.import.problem.office");
                return office;
            }
            if (value.length() > MAX_PLACE) {
                problem(ImportField.OFFICE, "cases.import.problem.tooLong");
                return office;
            }
            return value;
        }

        private void problem(ImportField field, String key) {
            clean = false;
            problems.add(new ImportProblem(line.number(), column(field), key));
        }
    }

    private static String norm(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static DateTimeFormatter pattern(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }
}
