package org.lantern.tracing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import com.ibm.icu.text.Transliterator;
import org.lantern.cases.ConsentMethod;
import org.lantern.cases.Sex;

/**
 * Synthetic missing children and the records that find them, with the variation of real registers: spellings
 * (Puja/Pooja), scripts (names told in Bengali or Devanagari at a shelter), pet names, estimated ages, districts
 * misremembered, children found far from home. Deterministic for a seed. Nobody here is a real person.
 */
final class DemoPeople {

    /** The truth behind a pair of records. */
    record Child(String given, String givenDevanagari, String surname, String surnameDevanagari, String father,
            String fatherDevanagari, boolean girl, int age, LocalDate missingOn, Place home, String petName,
            String phone) {
    }

    /** A district, its state, and the script officers there write in (b Bengali, d Devanagari, l Latin). */
    record Place(String district, String districtDevanagari, String state, char script) {
    }

    private static final String[][] GIRLS = {
            {"Puja", "पूजा"}, {"Lakshmi", "लक्ष्मी"}, {"Anjali", "अंजलि"}, {"Priya", "प्रिया"}, {"Sunita", "सुनीता"},
            {"Rekha", "रेखा"}, {"Mamata", "ममता"}, {"Rupali", "रूपाली"}, {"Shabnam", "शबनम"}, {"Rahima", "रहीमा"},
            {"Fatima", "फ़ातिमा"}, {"Salma", "सलमा"}, {"Nasima", "नसीमा"}, {"Jasmin", "जस्मिन"}, {"Parvati", "पार्वती"},
            {"Sabita", "सबिता"}, {"Mousumi", "मौसुमी"}, {"Tanushree", "तनुश्री"}, {"Kajal", "काजल"}, {"Rina", "रीना"},
            {"Sonali", "सोनाली"}, {"Laxmi", "लक्ष्मी"}, {"Basanti", "बसंती"}, {"Champa", "चंपा"}, {"Durga", "दुर्गा"},
            {"Moumita", "मौमिता"}, {"Ruksana", "रुखसाना"}, {"Sumitra", "सुमित्रा"}, {"Geeta", "गीता"}, {"Asha", "आशा"},
    };
    private static final String[][] BOYS = {
            {"Raju", "राजू"}, {"Sanjay", "संजय"}, {"Bikram", "बिक्रम"}, {"Rahul", "राहुल"}, {"Imran", "इमरान"},
            {"Sahil", "साहिल"}, {"Amit", "अमित"}, {"Sujan", "सुजन"}, {"Babul", "बाबुल"}, {"Ramesh", "रमेश"},
    };
    private static final String[][] FATHERS = {
            {"Haradhan", "हरधन"}, {"Gopal", "गोपाल"}, {"Abdul", "अब्दुल"}, {"Jalal", "जलाल"}, {"Shankar", "शंकर"},
            {"Nitai", "निताई"}, {"Budhu", "बुधु"}, {"Ramesh", "रमेश"}, {"Mohan", "मोहन"}, {"Rafiq", "रफ़ीक"},
            {"Sukumar", "सुकुमार"}, {"Bhola", "भोला"}, {"Kartik", "कार्तिक"}, {"Anwar", "अनवर"}, {"Dilip", "दिलीप"},
    };
    private static final String[][] SURNAMES = {
            {"Mondal", "मंडल"}, {"Das", "दास"}, {"Khatun", "खातून"}, {"Sardar", "सरदार"}, {"Biswas", "बिस्वास"},
            {"Halder", "हालदार"}, {"Murmu", "मुर्मू"}, {"Oraon", "उरांव"}, {"Sheikh", "शेख"}, {"Roy", "राय"},
            {"Yadav", "यादव"}, {"Paswan", "पासवान"}, {"Tamang", "तामांग"}, {"Begum", "बेगम"}, {"Sarkar", "सरकार"},
            {"Mahato", "महतो"}, {"Ghosh", "घोष"}, {"Hembram", "हेम्ब्रम"}, {"Ansari", "अंसारी"}, {"Thapa", "थापा"},
    };
    private static final String[][] PET_NAMES = {
            {"Munni", "मुन्नी"}, {"Guddi", "गुड्डी"}, {"Pinky", "पिंकी"}, {"Sonu", "सोनू"}, {"Babli", "बबली"},
            {"Chhoti", "छोटी"}, {"Bulbul", "बुलबुल"}, {"Tuni", "टुनी"}, {"Pari", "परी"}, {"Rani", "रानी"},
    };
    private static final Place[] HOMES = {
            new Place("Murshidabad", "मुर्शिदाबाद", "West Bengal", 'b'), new Place("Malda", "मालदा", "West Bengal", 'b'),
            new Place("South 24 Parganas", "दक्षिण 24 परगना", "West Bengal", 'b'), new Place("Nadia", "नदिया", "West Bengal", 'b'),
            new Place("Jalpaiguri", "जलपाईगुड़ी", "West Bengal", 'b'), new Place("Purulia", "पुरुलिया", "West Bengal", 'b'),
            new Place("Araria", "अररिया", "Bihar", 'd'), new Place("Purnia", "पूर्णिया", "Bihar", 'd'),
            new Place("Katihar", "कटिहार", "Bihar", 'd'), new Place("Gumla", "गुमला", "Jharkhand", 'd'),
            new Place("Sahebganj", "साहेबगंज", "Jharkhand", 'd'), new Place("Dhubri", "धुबरी", "Assam", 'b'),
            new Place("Jessore", "जेसोर", "Khulna", 'b'), new Place("Satkhira", "सातक्षीरा", "Khulna", 'b'),
            new Place("Kurigram", "कुड़ीग्राम", "Rangpur", 'b'), new Place("Sindhupalchok", "सिन्धुपाल्चोक", "Bagmati", 'd'),
    };
    private static final String[][] DESTINATIONS = {
            {"Pune", "Maharashtra"}, {"Mumbai", "Maharashtra"}, {"Delhi", "Delhi"}, {"Kolkata", "West Bengal"},
            {"Howrah", "West Bengal"}, {"Hyderabad", "Telangana"}, {"Surat", "Gujarat"}, {"Siliguri", "West Bengal"},
            {"Dhaka", "Dhaka"}, {"Chennai", "Tamil Nadu"}, {"Agra", "Uttar Pradesh"}, {"Bengaluru", "Karnataka"},
    };

    private final SplittableRandom random;
    private final Transliterator toBengali = Transliterator.getInstance("Devanagari-Bengali");
    private final String[][] moreGiven;

    DemoPeople(long seed) {
        this(seed, List.of());
    }

    /** With a larger pool of given names ({Latin, Devanagari} pairs), for benchmarks at scale. */
    DemoPeople(long seed, List<String[]> givenNames) {
        this.random = new SplittableRandom(seed);
        this.moreGiven = givenNames.toArray(String[][]::new);
    }

    Child child() {
        boolean girl = random.nextInt(10) < 8;
        String[] given = moreGiven.length > 0 && random.nextInt(4) > 0 ? pick(moreGiven) : pick(girl ? GIRLS : BOYS);
        String[] surname = pick(SURNAMES);
        String[] father = pick(FATHERS);
        Place home = pick(HOMES);
        LocalDate missingOn = LocalDate.now().minusDays(30 + random.nextInt(900));
        String pet = random.nextInt(3) == 0 ? pick(PET_NAMES)[0] : null;
        String phone = random.nextInt(2) == 0 ? null : "9" + (100000000 + random.nextInt(899999999));
        return new Child(given[0], given[1], surname[0], surname[1], father[0], father[1], girl, 9 + random.nextInt(9),
                missingOn, home, pet, phone);
    }

    /** The report a family or authority files: Latin script, a spelling variant, the exact age. */
    TracingDraft missingReport(Child c) {
        List<String> names = new ArrayList<>();
        names.add(respell(c.given()) + " " + respell(c.surname()));
        if (c.petName() != null) {
            names.add(c.petName());
        }
        String kind = switch (random.nextInt(6)) {
            case 0 -> "POLICE";
            case 1 -> "CHILD_WELFARE_COMMITTEE";
            default -> "FAMILY";
        };
        boolean consent = random.nextInt(10) < 9;
        return new TracingDraft(kind, random.nextInt(2) == 0 ? "Mother, " + phoneOrNone(c) : "Uncle, village ward member",
                names, respell(c.father()) + " " + respell(c.surname()), c.phone(), c.girl() ? Sex.FEMALE : Sex.MALE,
                Integer.toString(c.age()), c.missingOn(), c.home().district(), c.home().state(), c.home().district(),
                c.home().state(), consent, consent ? ConsentMethod.GUARDIAN : null);
    }

    /** The record of the same child found months later far away: her script, an estimated age, what she remembers. */
    TracingDraft foundPerson(Child c) {
        LocalDate foundOn = c.missingOn().plusDays(20 + random.nextInt(400));
        if (foundOn.isAfter(LocalDate.now())) {
            foundOn = LocalDate.now().minusDays(random.nextInt(10));
        }
        int ageNow = c.age() + (int) ((foundOn.toEpochDay() - c.missingOn().toEpochDay()) / 365);
        int low = ageNow - random.nextInt(3);
        String age = low + "-" + (low + 2 + random.nextInt(2));
        char script = random.nextInt(4) == 0 ? 'l' : c.home().script();
        List<String> names = new ArrayList<>();
        boolean givenOnly = random.nextInt(4) == 0;
        names.add(inScript(script, c.given(), c.givenDevanagari()) + (givenOnly ? ""
                : " " + inScript(script, c.surname(), c.surnameDevanagari())));
        if (c.petName() != null && random.nextInt(2) == 0) {
            names.add(c.petName());
        }
        String father = random.nextInt(4) == 0 ? null
                : inScript(script, c.father(), c.fatherDevanagari()) + " " + inScript(script, c.surname(), c.surnameDevanagari());
        Place told = random.nextInt(5) == 0 ? pick(HOMES) : c.home(); // a frightened child may name a nearby place
        String homeDistrict = random.nextInt(6) == 0 ? null : script == 'l' ? told.district()
                : inScript(script, told.district(), told.districtDevanagari());
        String[] destination = pick(DESTINATIONS);
        String source = pick(new String[] {"RESCUE_OPERATION", "RESCUE_OPERATION", "SHELTER", "RAILWAY_CHILD_HELP_DESK", "POLICE"});
        boolean consent = random.nextInt(10) < 9;
        return new TracingDraft(source, null, names, father, null, c.girl() ? Sex.FEMALE : Sex.MALE, age, foundOn,
                destination[0], destination[1], homeDistrict, random.nextInt(3) == 0 ? null : told.state(), consent,
                consent ? ConsentMethod.VERBAL : null);
    }

    private String phoneOrNone(Child c) {
        return c.phone() == null ? "no phone" : c.phone();
    }

    private String inScript(char script, String latin, String devanagari) {
        return switch (script) {
            case 'b' -> devanagari.chars().anyMatch(ch -> ch < 128) ? respell(latin) : toBengali.transliterate(devanagari);
            case 'd' -> devanagari.chars().anyMatch(ch -> ch < 128) ? respell(latin) : devanagari;
            default -> respell(latin);
        };
    }

    /** Common spelling variation of South Asian names in Latin script. */
    String respell(String name) {
        String s = name;
        switch (random.nextInt(8)) {
            case 0 -> s = s.replace("u", "oo");
            case 1 -> s = s.replace("i", "ee");
            case 2 -> s = s.replace("sh", "s").replace("ksh", "x");
            case 3 -> s = s.replace("v", "b").replace("w", "b");
            case 4 -> s = s.endsWith("a") ? s.substring(0, s.length() - 1) : s;
            case 5 -> s = s.replace("ee", "i").replace("oo", "u");
            default -> { }
        }
        return s.isEmpty() ? name : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }
}
