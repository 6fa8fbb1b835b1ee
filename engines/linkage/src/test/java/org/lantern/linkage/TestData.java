package org.lantern.linkage;

import org.lantern.linkage.api.AgeRange;
import org.lantern.linkage.api.Record;
import org.lantern.linkage.api.Sex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small deterministic missing/found tables for tests: found record i matches missing record i for i < matches. */
public final class TestData {

    private static final String[] GIVEN = {"Pooja", "Sunita", "Rekha", "Anjali", "Fatima", "Rahima", "Salma",
            "Shabana", "Kavita", "Meena", "Lakshmi", "Asha", "Nasima", "Ruksana", "Priya", "Geeta", "Sita", "Radha",
            "Mamata", "Jharna", "Tania", "Bithika", "Champa", "Kamla", "Durga", "Basanti", "Lalita", "Malati"};
    private static final String[] GIVEN_DEVANAGARI = {"पूजा", "सुनीता", "रेखा", "अंजलि", "फ़ातिमा", "रहीमा", "सलमा",
            "शबाना", "कविता", "मीना", "लक्ष्मी", "आशा", "नसीमा", "रुखसाना", "प्रिया", "गीता", "सीता", "राधा",
            "ममता", "झरना", "तानिया", "बीथिका", "चम्पा", "कमला", "दुर्गा", "बसंती", "ललिता", "मालती"};
    private static final String[] SURNAMES = {"Kumari", "Das", "Khatun", "Mondal", "Sharma", "Yadav", "Biswas",
            "Sarkar", "Ansari", "Shaikh", "Oraon", "Mahato"};
    private static final String[] FATHERS = {"Ramesh", "Suresh", "Abdul", "Karim", "Mohan", "Gopal", "Harish",
            "Jamal", "Rafiq", "Bablu", "Dinesh", "Naresh", "Kishore", "Anwar"};
    private static final String[] DISTRICTS = {"Murshidabad", "Malda", "Nadia", "Araria", "Purnia", "Gumla",
            "Dhubri", "Jessore", "Satkhira", "Bahraich"};

    public final List<Record> missing = new ArrayList<>();
    public final List<Record> found = new ArrayList<>();
    public final int matches;

    public TestData(int missingCount, int foundCount, int matches, long seed) {
        this.matches = matches;
        Random random = new Random(seed);
        for (int i = 0; i < missingCount; i++) {
            int g = random.nextInt(GIVEN.length);
            String surname = SURNAMES[random.nextInt(SURNAMES.length)];
            String father = FATHERS[random.nextInt(FATHERS.length)];
            String district = DISTRICTS[random.nextInt(DISTRICTS.length)];
            int age = 8 + random.nextInt(15);
            LocalDate date = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(900));
            String phone = random.nextBoolean() ? "98" + (10_000_000 + random.nextInt(89_999_999)) : null;
            missing.add(Record.builder("M" + i).name(GIVEN[g] + " " + surname).fatherName(father + " " + surname)
                    .sex(Sex.FEMALE).age(age).eventDate(date).homeDistrict(district).phone(phone).build());
            if (i < matches) {
                LocalDate foundDate = date.plusDays(30 + random.nextInt(700));
                int years = (int) (java.time.temporal.ChronoUnit.DAYS.between(date, foundDate) / 365);
                boolean script = random.nextInt(3) == 0;
                String name = script ? GIVEN_DEVANAGARI[g] : surname + " " + GIVEN[g].replace("oo", "u");
                found.add(Record.builder("F" + i).name(name).fatherName(random.nextBoolean() ? father : null)
                        .sex(Sex.FEMALE).age(new AgeRange(age + years - 1, age + years + 1)).eventDate(foundDate)
                        .homeDistrict(random.nextBoolean() ? district : null)
                        .phone(phone != null && random.nextBoolean() ? "+91 " + phone : null).build());
            }
        }
        for (int i = matches; i < foundCount; i++) {
            int g = random.nextInt(GIVEN.length);
            found.add(Record.builder("F" + i).name(GIVEN[g] + " " + SURNAMES[random.nextInt(SURNAMES.length)])
                    .fatherName(FATHERS[random.nextInt(FATHERS.length)]).sex(Sex.FEMALE).age(10 + random.nextInt(15))
                    .eventDate(LocalDate.of(2019, 6, 1).plusDays(random.nextInt(1200)))
                    .homeDistrict(DISTRICTS[random.nextInt(DISTRICTS.length)]).build());
        }
    }
}
