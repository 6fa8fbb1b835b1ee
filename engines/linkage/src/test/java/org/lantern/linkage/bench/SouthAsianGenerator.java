package org.lantern.linkage.bench;

import com.ibm.icu.text.Transliterator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Synthetic South Asian missing/found records with known truth, for benchmarks (never real people).
 *
 * <p>Missing reports are written by family members in Latin letters; found records by officers, partly in
 * Devanagari or Bengali script, with pet names, reordered or dropped surnames, spelling variants (Pooja/Puja,
 * Mohammad/Md/Mohd, Shaikh/Sk), estimated ages and ranges, found months or years later far from home, misspelt
 * home districts, father's names sometimes missing, phones sometimes present. About a third of found persons have a
 * missing report; most missing reports have no found counterpart. Given names come from the Parlikar list
 * (Latin + Devanagari); surnames and places from small tables below. Fixed seed, so the files are reproducible.
 *
 * <p>Usage: {@code SouthAsianGenerator names.tsv outDir missingCount [foundCount [seed]]}; writes missing.csv,
 * found.csv and
 * truth.csv (missing_id,found_id).
 */
public final class SouthAsianGenerator {

    private static final String[][] SURNAMES = {
            {"Kumari", "कुमारी"}, {"Devi", "देवी"}, {"Sharma", "शर्मा"}, {"Yadav", "यादव"}, {"Singh", "सिंह"},
            {"Das", "दास"}, {"Mondal", "मंडल"}, {"Khatun", "खातून"}, {"Begum", "बेगम"}, {"Shaikh", "शेख"},
            {"Ansari", "अंसारी"}, {"Biswas", "बिस्वास"}, {"Sarkar", "सरकार"}, {"Roy", "राय"}, {"Paswan", "पासवान"},
            {"Mahato", "महतो"}, {"Oraon", "उरांव"}, {"Munda", "मुंडा"}, {"Tamang", "तामांग"}, {"Thapa", "थापा"},
            {"Gurung", "गुरुंग"}, {"Rai", "राई"}, {"Khan", "ख़ान"}, {"Hossain", "हुसैन"}, {"Islam", "इस्लाम"},
            {"Mishra", "मिश्रा"}, {"Gupta", "गुप्ता"}, {"Verma", "वर्मा"}, {"Chauhan", "चौहान"}, {"Nishad", "निषाद"},
            {"Manjhi", "मांझी"}, {"Saha", "साहा"}, {"Ghosh", "घोष"}, {"Bibi", "बीबी"}, {"Akter", "आक्तर"},
            {"Sultana", "सुल्ताना"}, {"Pradhan", "प्रधान"}, {"Behera", "बेहेरा"}, {"Nayak", "नायक"}, {"Murmu", "मुर्मू"},
            {"Hembram", "हेम्ब्रम"}, {"Tudu", "टुडू"}, {"Kisku", "किस्कू"}, {"Soren", "सोरेन"}, {"Lama", "लामा"},
            {"Shrestha", "श्रेष्ठ"}, {"Tiwari", "तिवारी"}, {"Pandey", "पांडे"}, {"Jha", "झा"}, {"Mandal", "मण्डल"},
    };
    private static final String[][] PET_NAMES = {
            {"Munni", "मुन्नी"}, {"Guddi", "गुड्डी"}, {"Pinky", "पिंकी"}, {"Sonu", "सोनू"}, {"Babli", "बबली"},
            {"Chhoti", "छोटी"}, {"Bulbul", "बुलबुल"}, {"Rinki", "रिंकी"}, {"Dolly", "डॉली"}, {"Bebi", "बेबी"},
            {"Mona", "मोना"}, {"Tuni", "टुनी"}, {"Pari", "परी"}, {"Golu", "गोलू"}, {"Nanhi", "नन्ही"},
    };
    /** district, state, script used by officers there (d = Devanagari, b = Bengali, l = Latin). */
    private static final String[][] PLACES = {
            {"Murshidabad", "West Bengal", "b"}, {"Malda", "West Bengal", "b"}, {"South 24 Parganas", "West Bengal", "b"},
            {"North 24 Parganas", "West Bengal", "b"}, {"Nadia", "West Bengal", "b"}, {"Jalpaiguri", "West Bengal", "b"},
            {"Cooch Behar", "West Bengal", "b"}, {"Darjeeling", "West Bengal", "b"}, {"Purulia", "West Bengal", "b"},
            {"Araria", "Bihar", "d"}, {"Purnia", "Bihar", "d"}, {"Katihar", "Bihar", "d"}, {"Kishanganj", "Bihar", "d"},
            {"Sitamarhi", "Bihar", "d"}, {"Muzaffarpur", "Bihar", "d"}, {"Gaya", "Bihar", "d"}, {"Darbhanga", "Bihar", "d"},
            {"Gumla", "Jharkhand", "d"}, {"Simdega", "Jharkhand", "d"}, {"Khunti", "Jharkhand", "d"},
            {"Sahebganj", "Jharkhand", "d"}, {"Pakur", "Jharkhand", "d"}, {"Dumka", "Jharkhand", "d"},
            {"Bahraich", "Uttar Pradesh", "d"}, {"Shravasti", "Uttar Pradesh", "d"}, {"Gorakhpur", "Uttar Pradesh", "d"},
            {"Maharajganj", "Uttar Pradesh", "d"}, {"Balrampur", "Uttar Pradesh", "d"}, {"Siddharthnagar", "Uttar Pradesh", "d"},
            {"Dhubri", "Assam", "b"}, {"Goalpara", "Assam", "b"}, {"Barpeta", "Assam", "b"}, {"Kokrajhar", "Assam", "b"},
            {"Ganjam", "Odisha", "l"}, {"Koraput", "Odisha", "l"}, {"Rayagada", "Odisha", "l"},
            {"Jessore", "Khulna", "b"}, {"Satkhira", "Khulna", "b"}, {"Narail", "Khulna", "b"}, {"Cox's Bazar", "Chattogram", "b"},
            {"Kurigram", "Rangpur", "b"}, {"Dinajpur", "Rangpur", "b"}, {"Rajshahi", "Rajshahi", "b"},
            {"Sindhupalchok", "Bagmati", "d"}, {"Nuwakot", "Bagmati", "d"}, {"Makwanpur", "Bagmati", "d"},
            {"Morang", "Koshi", "d"}, {"Sunsari", "Koshi", "d"}, {"Rautahat", "Madhesh", "d"},
    };
    private static final String[] DESTINATIONS = {"Mumbai", "Pune", "Delhi", "Kolkata", "Hyderabad", "Bengaluru",
            "Surat", "Agra", "Meerut", "Ludhiana", "Chennai", "Nagpur", "Thane", "Howrah", "Siliguri"};
    private static final String[] DESTINATION_STATES = {"Maharashtra", "Maharashtra", "Delhi", "West Bengal",
            "Telangana", "Karnataka", "Gujarat", "Uttar Pradesh", "Uttar Pradesh", "Punjab", "Tamil Nadu",
            "Maharashtra", "Maharashtra", "West Bengal", "West Bengal"};
    private static final String[] MUSLIM_GIVEN = {"Rahima", "Fatima", "Ruksana", "Salma", "Nasima", "Shabana",
            "Jasmin", "Rehana", "Amina", "Sabina", "Momena", "Rashida", "Nazma", "Farida", "Sahana", "Taslima"};
    private static final String[] MUSLIM_GIVEN_DEVANAGARI = {"रहीमा", "फ़ातिमा", "रुखसाना", "सलमा", "नसीमा", "शबाना",
            "जस्मिन", "रेहाना", "अमीना", "सबीना", "मोमेना", "राशिदा", "नाज़मा", "फ़रीदा", "सहाना", "तसलीमा"};

    private final SplittableRandom random;
    private final List<String[]> givenNames = new ArrayList<>();
    private final Transliterator toBengali = Transliterator.getInstance("Devanagari-Bengali");

    /** A generated person: the truth behind the records. */
    private record Person(String[] given, String[] surname, String[] fatherGiven, boolean muslim, boolean female,
                          LocalDate birth, int place, String phone) {
    }

    SouthAsianGenerator(Path namesFile, long seed) throws IOException {
        random = new SplittableRandom(seed);
        for (String line : Files.readAllLines(namesFile, StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t");
            if (parts.length == 2 && !parts[0].equals("english") && !parts[0].isBlank() && !parts[0].contains("#")) {
                givenNames.add(new String[] {parts[0].strip(), parts[1].strip()});
            }
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: SouthAsianGenerator names.tsv outDir missingCount [foundCount [seed]]");
            System.exit(2);
        }
        Path names = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int missingCount = Integer.parseInt(args[2]);
        int foundCount = args.length > 3 ? Integer.parseInt(args[3]) : (int) Math.round(missingCount * 0.30 / 0.35);
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 20240601L;
        Files.createDirectories(out);
        new SouthAsianGenerator(names, seed).write(out, missingCount, foundCount);
    }

    void write(Path dir, int missingCount, int foundTotal) throws IOException {
        String header = "id,name,father_name,sex,age,event_date,home_district,home_state,event_district,event_state,phone\n";
        // 35% of found persons have a missing report
        int foundOfMissing = (int) Math.min(missingCount / 2, Math.round(foundTotal * 0.35));
        int[] foundIdOfMissing = new int[missingCount];
        java.util.Arrays.fill(foundIdOfMissing, -1);
        // found ids are shuffled so that order says nothing
        int[] foundOrder = permutation(foundTotal);
        for (int i = 0; i < foundOfMissing; i++) {
            foundIdOfMissing[i * (missingCount / Math.max(1, foundOfMissing)) % missingCount] = foundOrder[i];
        }
        String[] foundRows = new String[foundTotal];
        try (BufferedWriter missing = Files.newBufferedWriter(dir.resolve("missing.csv"), StandardCharsets.UTF_8);
             BufferedWriter truth = Files.newBufferedWriter(dir.resolve("truth.csv"), StandardCharsets.UTF_8)) {
            missing.write(header);
            truth.write("missing_id,found_id\n");
            for (int i = 0; i < missingCount; i++) {
                Person p = person();
                LocalDate missingDate = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(5 * 365));
                String missingId = "M" + i;
                missing.write(missingRow(missingId, p, missingDate));
                if (foundIdOfMissing[i] >= 0) {
                    int f = foundIdOfMissing[i];
                    LocalDate foundDate = missingDate.plusDays(15 + random.nextInt(4 * 365));
                    foundRows[f] = foundRow("F" + f, p, foundDate);
                    truth.write(missingId + ",F" + f + "\n");
                }
            }
        }
        try (BufferedWriter found = Files.newBufferedWriter(dir.resolve("found.csv"), StandardCharsets.UTF_8)) {
            found.write(header);
            for (int f = 0; f < foundTotal; f++) {
                String row = foundRows[f];
                if (row == null) {
                    row = foundRow("F" + f, person(), LocalDate.of(2018, 3, 1).plusDays(random.nextInt(6 * 365)));
                }
                found.write(row);
            }
        }
    }

    private int[] permutation(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /** Zipf-like pick so that some names are very common, as in real registers. */
    private int skewed(int n) {
        double x = Math.pow(random.nextDouble(), 2.2);
        return Math.min(n - 1, (int) (x * n));
    }

    private Person person() {
        boolean muslim = random.nextDouble() < 0.25;
        boolean female = random.nextDouble() < 0.9;
        String[] given;
        if (muslim && random.nextDouble() < 0.3) {
            int k = random.nextInt(MUSLIM_GIVEN.length);
            given = new String[] {MUSLIM_GIVEN[k], MUSLIM_GIVEN_DEVANAGARI[k]};
        } else {
            given = givenNames.get(skewed(givenNames.size()));
        }
        String[] surname;
        if (muslim) {
            String[][] options = {SURNAMES[7], SURNAMES[8], SURNAMES[9], SURNAMES[10], SURNAMES[22], SURNAMES[23],
                    SURNAMES[24], SURNAMES[33], SURNAMES[34]};
            surname = options[random.nextInt(options.length)];
        } else {
            surname = SURNAMES[skewed(SURNAMES.length)];
        }
        String[] father = givenNames.get(skewed(givenNames.size()));
        int ageYears = 8 + random.nextInt(18);
        LocalDate birth = LocalDate.of(2018 - ageYears, 1, 1).plusDays(random.nextInt(365));
        String phone = random.nextDouble() < 0.5 ? "9" + (100000000L + random.nextInt(899_999_999)) : null;
        return new Person(given, surname, father, muslim, female, birth, random.nextInt(PLACES.length), phone);
    }

    private String missingRow(String id, Person p, LocalDate date) {
        String surname = p.surname()[0];
        String given = latinVariant(p.given()[0], 0.15);
        String name = p.muslim() && random.nextDouble() < 0.3 ? muslimPrefix() + " " + given + " " + surname
                : given + " " + surname;
        String father = random.nextDouble() < 0.85 ? latinVariant(p.fatherGiven()[0], 0.1) + " "
                + (p.female() && isFemaleSurname(surname) ? "" : surname) : "";
        int age = ageAt(p, date);
        String[] place = PLACES[p.place()];
        return csv(id, name.strip(), father.strip(), p.female() ? "F" : "M", Integer.toString(age), date.toString(),
                place[0], place[1], place[0], place[1], p.phone() == null ? "" : p.phone());
    }

    private String foundRow(String id, Person p, LocalDate date) {
        String[] place = PLACES[p.place()];
        double scriptRoll = random.nextDouble();
        String script = scriptRoll < 0.45 ? "l" : place[2].equals("l") ? "l" : place[2];
        boolean pet = random.nextDouble() < 0.10;
        String[] given = pet ? PET_NAMES[random.nextInt(PET_NAMES.length)] : p.given();
        List<String> tokens = new ArrayList<>();
        tokens.add(render(given, script, 0.2));
        if (random.nextDouble() < 0.65) {
            tokens.add(render(p.surname(), script, 0.1));
        } else if (p.female() && random.nextDouble() < 0.4) {
            tokens.add(render(p.muslim() ? SURNAMES[7] : SURNAMES[0], script, 0.0)); // Kumari / Khatun as told
        }
        if (random.nextDouble() < 0.2) {
            java.util.Collections.reverse(tokens);
        }
        if (p.muslim() && script.equals("l") && random.nextDouble() < 0.3) {
            tokens.add(0, muslimPrefix());
        }
        if (script.equals("l") && random.nextDouble() < 0.1) {
            tokens.add(0, p.female() ? "Smt." : "Sri");
        }
        String name = String.join(" ", tokens);
        String father = random.nextDouble() < 0.6 ? render(p.fatherGiven(), script, 0.15)
                + (random.nextDouble() < 0.5 ? " " + render(p.surname(), script, 0.1) : "") : "";
        int age = ageAt(p, date);
        String ageText;
        double ageRoll = random.nextDouble();
        if (ageRoll < 0.4) {
            int low = age - 1 - random.nextInt(2);
            ageText = Math.max(1, low) + "-" + (low + 2 + random.nextInt(2));
        } else if (ageRoll < 0.9) {
            ageText = Integer.toString(Math.max(1, age + random.nextInt(5) - 2));
        } else {
            ageText = "";
        }
        String district = random.nextDouble() < 0.7 ? misspell(place[0], 0.3) : "";
        String state = random.nextDouble() < 0.7 ? place[1] : "";
        int destination = random.nextInt(DESTINATIONS.length);
        String phone = p.phone() != null && random.nextDouble() < 0.25 ? formatPhone(p.phone()) : "";
        String sex = random.nextDouble() < 0.95 ? (p.female() ? "F" : "M") : "";
        return csv(id, name, father, sex, ageText, date.toString(), district, state, DESTINATIONS[destination],
                DESTINATION_STATES[destination], phone);
    }

    private int ageAt(Person p, LocalDate date) {
        return (int) java.time.temporal.ChronoUnit.YEARS.between(p.birth(), date);
    }

    private static boolean isFemaleSurname(String s) {
        return s.equals("Kumari") || s.equals("Devi") || s.equals("Khatun") || s.equals("Begum") || s.equals("Bibi")
                || s.equals("Akter") || s.equals("Sultana");
    }

    private String muslimPrefix() {
        String[] prefixes = {"Md", "Md.", "Mohd", "Mohammad", "Mst", "Sk", "Shaikh", "Sheikh"};
        return prefixes[random.nextInt(prefixes.length)];
    }

    /** A name in the officer's script: Latin (with spelling variation), Devanagari or Bengali. */
    private String render(String[] latinAndDevanagari, String script, double variation) {
        return switch (script) {
            case "d" -> latinAndDevanagari[1];
            case "b" -> toBengali.transliterate(latinAndDevanagari[1]);
            default -> latinVariant(latinAndDevanagari[0], variation + 0.25);
        };
    }

    /** Romanisation variants people actually write, and occasional typos. */
    private String latinVariant(String name, double probability) {
        if (random.nextDouble() >= probability) {
            return name;
        }
        String[][] swaps = {{"oo", "u"}, {"u", "oo"}, {"ee", "i"}, {"i", "ee"}, {"v", "b"}, {"w", "v"},
                {"sh", "s"}, {"s", "sh"}, {"aa", "a"}, {"ksh", "x"}, {"ph", "f"}, {"th", "t"}, {"dh", "d"},
                {"bh", "b"}, {"tt", "t"}, {"nn", "n"}, {"y", "i"}, {"a", "aa"}};
        String lower = name.toLowerCase(Locale.ROOT);
        for (int attempt = 0; attempt < 4; attempt++) {
            String[] s = swaps[random.nextInt(swaps.length)];
            int at = lower.indexOf(s[0], 1);
            if (at > 0) {
                lower = lower.substring(0, at) + s[1] + lower.substring(at + s[0].length());
                return capitalise(lower);
            }
        }
        return capitalise(typo(lower));
    }

    private String misspell(String place, double probability) {
        return random.nextDouble() < probability ? capitalise(typo(place.toLowerCase(Locale.ROOT))) : place;
    }

    private String typo(String s) {
        if (s.length() < 4) {
            return s;
        }
        int i = 1 + random.nextInt(s.length() - 2);
        return switch (random.nextInt(3)) {
            case 0 -> s.substring(0, i) + s.substring(i + 1); // drop a letter
            case 1 -> s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2); // swap
            default -> s.substring(0, i) + "aeiou".charAt(random.nextInt(5)) + s.substring(i + 1); // vowel
        };
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private String formatPhone(String phone) {
        return switch (random.nextInt(4)) {
            case 0 -> "+91 " + phone.substring(0, 5) + " " + phone.substring(5);
            case 1 -> "0" + phone;
            case 2 -> phone.substring(0, 3) + "-" + phone.substring(3, 6) + "-" + phone.substring(6);
            default -> phone;
        };
    }

    private static String csv(String... values) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                s.append(',');
            }
            String v = values[i];
            s.append(v.contains(",") || v.contains("\"") ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        return s.append('\n').toString();
    }
}
