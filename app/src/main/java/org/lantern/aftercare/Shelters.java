package org.lantern.aftercare;

import static org.lantern.aftercare.Checks.CASE;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.cases.SurvivorCases;
import org.lantern.identity.Permission;
import org.lantern.identity.RecordAccess;
import org.lantern.identity.SignedInUser;
import org.lantern.platform.web.InvalidInputException;
import org.lantern.platform.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shelter registry and placements. Occupancy is never stored: it is counted from the placements that
 * are current on the day asked about, so it cannot drift from the truth.
 */
@Service
public class Shelters {

    static final Set<String> COUNTRIES = Set.of("IN", "BD", "NP");

    /** Counts residents on :day. */
    private static final String OCCUPANCY = """
            (SELECT count(*) FROM shelter_placement p WHERE p.shelter_id = s.id
               AND p.start_date <= :day AND (p.end_date IS NULL OR p.end_date > :day))""";

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final SurvivorCases cases;

    Shelters(JdbcClient jdbc, RecordAccess access, AuditLog audit, Clock clock, SurvivorCases cases) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.cases = cases;
    }

    /** The registry; for those who place survivors (shelter addresses are themselves sensitive). */
    public List<Shelter> all() {
        access.requirePermission(Permission.CASES_EDIT);
        return jdbc.sql("SELECT s.*, " + OCCUPANCY + " AS occupancy FROM shelter s ORDER BY s.country, s.district, s.name")
                .param("day", today()).query((rs, n) -> map(rs)).list();
    }

    public Shelter byId(UUID id) {
        access.requirePermission(Permission.CASES_EDIT);
        return find(id);
    }

    /** Registers a shelter; for programme managers. */
    @Transactional
    public UUID register(Shelter.Form form) {
        access.requirePermission(Permission.CASES_SUPERVISE);
        Valid valid = validate(form);
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO shelter (id, name, district, state, country, capacity, residents, contact_person, contact_phone)
                    VALUES (:id, :name, :district, :state, :country, :capacity, string_to_array(:residents, ','), :person, :phone)
                    """).params(valid.params(id)).update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("name", "aftercare.error.shelterNameTaken");
        }
        audit.record(AuditAction.CREATE, "shelter", id);
        return id;
    }

    /** Updates a shelter; its capacity cannot fall below the number of residents today. */
    @Transactional
    public void update(UUID id, Shelter.Form form) {
        access.requirePermission(Permission.CASES_SUPERVISE);
        Valid valid = validate(form);
        Shelter current = lockAndFind(id);
        if (valid.capacity() < current.occupancy()) {
            throw new InvalidInputException("capacity", "aftercare.error.capacityBelowOccupancy",
                    current.occupancy());
        }
        try {
            jdbc.sql("""
                    UPDATE shelter SET name = :name, district = :district, state = :state, country = :country,
                           capacity = :capacity, residents = string_to_array(:residents, ','), contact_person = :person, contact_phone = :phone
                    WHERE id = :id
                    """).params(valid.params(id)).update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("name", "aftercare.error.shelterNameTaken");
        }
        audit.record(AuditAction.UPDATE, "shelter", id);
    }

    /**
     * Places a case's survivor in a shelter from {@code startDate}. Refused when the case is closed, when it
     * already has an open placement, or when the shelter's places are all taken on or after that day (counted
     * conservatively: every placement not ended by the start day holds its place).
     */
    @Transactional
    public UUID place(UUID caseId, UUID shelterId, LocalDate startDate) {
        SignedInUser user = access.requireEdit(CASE, caseId);
        Checks.required("shelterId", shelterId);
        Checks.required("startDate", startDate);
        cases.holdOpen(caseId);
        Shelter shelter = lockAndFind(shelterId);
        boolean alreadyPlaced = jdbc.sql("SELECT count(*) > 0 FROM shelter_placement WHERE case_id = :caseId AND end_date IS NULL")
                .param("caseId", caseId).query(Boolean.class).single();
        if (alreadyPlaced) {
            throw new InvalidInputException("caseId", "aftercare.error.placementOpen");
        }
        long taken = jdbc.sql("SELECT count(*) FROM shelter_placement WHERE shelter_id = :id AND (end_date IS NULL OR end_date > :day)")
                .param("id", shelterId).param("day", startDate).query(Long.class).single();
        if (taken >= shelter.capacity()) {
            throw new InvalidInputException("shelterId", "aftercare.error.shelterFull",
                    shelter.name(), shelter.capacity(), startDate.toString());
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO shelter_placement (id, shelter_id, case_id, start_date, placed_by) VALUES (:id, :shelter, :caseId, :start, :user)")
                .param("id", id).param("shelter", shelterId).param("caseId", caseId).param("start", startDate)
                .param("user", user.id()).update();
        audit.record(AuditAction.CREATE, "shelter_placement", id, "ok", "case " + caseId + " shelter " + shelterId);
        return id;
    }

    /** Ends a placement; the place is free again from {@code endDate}. */
    @Transactional
    public void endPlacement(UUID caseId, UUID placementId, LocalDate endDate) {
        access.requireEdit(CASE, caseId);
        Checks.required("endDate", endDate);
        LocalDate start = jdbc.sql("SELECT start_date FROM shelter_placement WHERE id = :id AND case_id = :caseId AND end_date IS NULL FOR UPDATE")
                .param("id", placementId).param("caseId", caseId).query(LocalDate.class).optional()
                .orElseThrow(() -> new NotFoundException("Open placement"));
        if (!endDate.isAfter(start)) {
            throw new InvalidInputException("endDate", "aftercare.error.endBeforeStart", start.toString());
        }
        jdbc.sql("UPDATE shelter_placement SET end_date = :end WHERE id = :id").param("end", endDate).param("id", placementId).update();
        audit.record(AuditAction.UPDATE, "shelter_placement", placementId, "ok", "ended");
    }

    public List<Placement> placements(UUID caseId) {
        access.requireView(CASE, caseId);
        List<Placement> placements = jdbc.sql("""
                SELECT p.*, s.name, s.district FROM shelter_placement p JOIN shelter s ON s.id = p.shelter_id
                WHERE p.case_id = :caseId ORDER BY p.start_date DESC
                """).param("caseId", caseId)
                .query((rs, n) -> new Placement(rs.getObject("id", UUID.class), caseId, rs.getObject("shelter_id", UUID.class),
                        rs.getString("name"), rs.getString("district"), rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class)))
                .list();
        if (!placements.isEmpty()) {
            audit.recordAll(AuditAction.READ, "shelter_placement", placements.stream().map(Placement::id).toList(), "case " + caseId);
        }
        return placements;
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM shelter").query(Long.class).single();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Shelter lockAndFind(UUID id) {
        // Serialises placements into one shelter, so two caseworkers cannot both take its last place.
        jdbc.sql("SELECT id FROM shelter WHERE id = :id FOR UPDATE").param("id", id).query(UUID.class).optional()
                .orElseThrow(() -> new InvalidInputException("shelterId", "aftercare.error.unknownShelter"));
        return find(id);
    }

    private Shelter find(UUID id) {
        return jdbc.sql("SELECT s.*, " + OCCUPANCY + " AS occupancy FROM shelter s WHERE s.id = :id")
                .param("id", id).param("day", today()).query((rs, n) -> map(rs)).optional()
                .orElseThrow(() -> new NotFoundException("Shelter"));
    }

    private static Shelter map(ResultSet rs) throws SQLException {
        Set<ResidentKind> residents = EnumSet.noneOf(ResidentKind.class);
        Array array = rs.getArray("residents");
        for (Object kind : (Object[]) array.getArray()) {
            residents.add(ResidentKind.valueOf((String) kind));
        }
        return new Shelter(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("district"),
                rs.getString("state"), rs.getString("country"), rs.getInt("capacity"), residents,
                rs.getString("contact_person"), rs.getString("contact_phone"), rs.getInt("occupancy"));
    }

    private static Valid validate(Shelter.Form form) {
        String name = Checks.requiredText("name", form.name(), 200);
        String district = Checks.requiredText("district", form.district(), 100);
        String state = Checks.requiredText("state", form.state(), 100);
        String country = Checks.requiredText("country", form.country(), 2).toUpperCase();
        if (!COUNTRIES.contains(country)) {
            throw new InvalidInputException("country", "aftercare.error.country");
        }
        Integer capacity = Checks.required("capacity", form.capacity());
        if (capacity < 1 || capacity > 10_000) {
            throw new InvalidInputException("capacity", "aftercare.error.capacity");
        }
        if (form.residents() == null || form.residents().isEmpty()) {
            throw new InvalidInputException("residents", "aftercare.error.residents");
        }
        return new Valid(name, district, state, country, capacity,
                form.residents().stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(",")),
                Checks.optionalText("contactPerson", form.contactPerson(), 200),
                Checks.optionalText("contactPhone", form.contactPhone(), 50));
    }

    private record Valid(String name, String district, String state, String country, int capacity, String residents,
            String person, String phone) {

        java.util.Map<String, Object> params(UUID id) {
            java.util.Map<String, Object> params = new java.util.HashMap<>();
            params.put("id", id);
            params.put("name", name);
            params.put("district", district);
            params.put("state", state);
            params.put("country", country);
            params.put("capacity", capacity);
            params.put("residents", residents);
            params.put("person", person);
            params.put("phone", phone);
            return params;
        }
    }
}
