package org.lantern.investigation;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic call records of one demo case, as an operator's CSV (local times, Asia/Kolkata): a planted
 * trafficking ring — a controller, two recruiters, three transporters, two of whom share one handset —
 * inside a town of ordinary callers (households and friends), over eight weeks. A fixed seed gives the
 * same file every time. The numbers are in the +91 90000 range and belong to nobody.
 */
final class DemoRing {

    /** The ring's numbers, for the demo's recorded links. */
    record Ring(String controller, List<String> recruiters, List<String> transporters, String sharedImei) {
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final Random random;
    private final int caseIndex;
    private final Ring ring;
    private final List<String> town = new ArrayList<>();

    DemoRing(int caseIndex) {
        this.caseIndex = caseIndex;
        this.random = new Random(20240301L + caseIndex);
        this.ring = new Ring(number(1), List.of(number(2), number(3)), List.of(number(4), number(5), number(6)),
                "35693803564" + String.format("%04d", 3800 + caseIndex));
        for (int i = 0; i < 40; i++) {
            town.add(number(100 + i));
        }
    }

    Ring ring() {
        return ring;
    }

    /** The CSV: header, then calls; a few rows are deliberately damaged, as real files are. */
    String csv() {
        StringBuilder out = new StringBuilder("A Party,B Party,Call Date,Duration,First Cell ID,IMEI\n");
        LocalDateTime start = LocalDateTime.of(2024, 3, 1, 0, 0);
        for (int day = 0; day < 56; day++) {
            LocalDateTime date = start.plusDays(day);
            // the controller gives orders to recruiters and transporters
            for (String recruiter : ring.recruiters()) {
                if (random.nextDouble() < 0.6) {
                    call(out, ring.controller(), recruiter, date, 120, "404-45-1100", null);
                }
            }
            for (String transporter : ring.transporters()) {
                if (random.nextDouble() < 0.35) {
                    call(out, ring.controller(), transporter, date, 60, "404-45-1100", null);
                }
            }
            // recruiters hand over to transporters, who use the shared handset for the ring
            if (random.nextDouble() < 0.5) {
                String transporter = ring.transporters().get(random.nextInt(2));
                call(out, ring.recruiters().get(random.nextInt(2)), transporter, date, 90, "404-45-1200", null);
                call(out, transporter, ring.controller(), date, 40, "404-45-1201", ring.sharedImei());
            }
            // recruiters call families in town, who are not part of the ring
            if (random.nextDouble() < 0.3) {
                call(out, ring.recruiters().get(random.nextInt(2)), town.get(random.nextInt(town.size())), date, 200,
                        "404-45-1300", null);
            }
            // ordinary life: households of four talk a lot, friends now and then
            for (int i = 0; i < 25; i++) {
                int a = random.nextInt(town.size());
                int b = random.nextDouble() < 0.7 ? (a / 4) * 4 + random.nextInt(4) : random.nextInt(town.size());
                if (a != b) {
                    call(out, town.get(a), town.get(b), date, 300, "404-45-" + (2000 + a / 4), null);
                }
            }
        }
        // damaged rows, reported by line on import
        out.append(ring.controller()).append(",,03/03/2024 10:00:00,15,404-45-1100,\n");
        out.append(ring.controller()).append(",").append(town.get(0)).append(",31/02/2024 10:00:00,15,,\n");
        return out.toString();
    }

    private void call(StringBuilder out, String caller, String callee, LocalDateTime date, int meanSeconds,
            String cell, String imei) {
        LocalDateTime time = date.plusMinutes(7 * 60 + random.nextInt(15 * 60)).plusSeconds(random.nextInt(60));
        int seconds = 5 + (int) (random.nextDouble() * 2 * meanSeconds);
        out.append(caller).append(',').append(callee).append(',').append(LOCAL.format(time)).append(',')
                .append(seconds).append(',').append(cell).append(',').append(imei == null ? "" : imei).append('\n');
    }

    private String number(int n) {
        return "+91 90000 %d%04d".formatted(caseIndex + 1, n);
    }
}
