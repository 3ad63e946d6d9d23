package org.civitas.proposals;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.civitas.accounts.Role;
import org.civitas.places.Boundaries;
import org.civitas.places.BoundariesRejectedException;
import org.civitas.platform.AuditLog;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Districts' boundaries: an administrator uploads them as one GeoJSON file (a GIS's export, see {@link Boundaries}),
 * which replaces the ones before, all or nothing, in the audit log; a pin then proposes the district that holds it,
 * and the catalogue publishes them. A feature names its district by code or by name; a name no district has refuses
 * the whole file, with the names that matched none, rather than storing part of it.
 */
@Stateless
public class DistrictBoundaries {

    /** A GeoJSON file larger than this is not a town's districts (a country's, or points by the million). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    /** Replaces every boundary with the file's; returns how many districts have one now. */
    @RolesAllowed(Role.Names.ADMIN)
    public int replace(@NotNull String geoJson) {
        if (geoJson.length() > MAX_BYTES) {
            throw new BoundariesRejectedException("places.boundaries.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        List<Boundaries.Boundary> read = Boundaries.read(geoJson);
        List<District> districts = em.createQuery("SELECT d FROM District d", District.class).getResultList();
        Map<String, District> byCode = districts.stream().collect(Collectors.toMap(District::getCode, d -> d));
        Map<String, District> byName = new HashMap<>();
        districts.forEach(d -> byName.putIfAbsent(Boundaries.key(d.getName()), d));
        Map<Long, Boundaries.Boundary> matched = new HashMap<>();
        Set<String> unknown = new HashSet<>();
        for (Boundaries.Boundary boundary : read) {
            District district = boundary.code() != null && byCode.containsKey(boundary.code())
                    ? byCode.get(boundary.code()) : byName.get(Boundaries.key(boundary.name()));
            if (district == null) {
                unknown.add(boundary.code() != null ? boundary.code() : boundary.name());
            } else if (matched.put(district.getId(), boundary) != null) {
                throw new BoundariesRejectedException("places.boundaries.twice", district.getName());
            }
        }
        if (!unknown.isEmpty()) {
            throw new BoundariesRejectedException("places.boundaries.unknown",
                    unknown.stream().sorted().limit(10).collect(Collectors.joining(", ")));
        }
        em.createQuery("DELETE FROM DistrictShape s").executeUpdate();
        matched.forEach((id, boundary) -> em.persist(new DistrictShape(id, boundary, clock.instant())));
        audit.record("DISTRICT_BOUNDARIES_SET", "DISTRICT", 0, matched.size() + " / " + districts.size());
        return matched.size();
    }

    /** Sets the boundaries when none is set; for start-up (demo data) only, which runs without a caller. */
    @PermitAll
    public void seedIfEmpty(@NotNull String geoJson) {
        if (count() > 0) {
            return;
        }
        for (Boundaries.Boundary boundary : Boundaries.read(geoJson)) {
            em.createQuery("SELECT d FROM District d WHERE d.code = :code", District.class)
                    .setParameter("code", boundary.code()).getResultStream().findFirst()
                    .ifPresent(d -> em.persist(new DistrictShape(d.getId(), boundary, clock.instant())));
        }
    }

    /** Removes every boundary: pins propose no district any more. */
    @RolesAllowed(Role.Names.ADMIN)
    public void clear() {
        int removed = em.createQuery("DELETE FROM DistrictShape s").executeUpdate();
        audit.record("DISTRICT_BOUNDARIES_CLEARED", "DISTRICT", 0, Integer.toString(removed));
    }

    /** How many districts have a boundary. */
    @PermitAll
    public long count() {
        return em.createQuery("SELECT COUNT(s) FROM DistrictShape s", Long.class).getSingleResult();
    }

    /**
     * The district (offered to new proposals) whose boundary holds the point, if one does: only the districts whose
     * box holds it are read and tested.
     */
    @PermitAll
    public Optional<District> at(double latitude, double longitude) {
        List<DistrictShape> around = em.createQuery("SELECT s FROM DistrictShape s WHERE s.minLat <= :lat "
                        + "AND s.maxLat >= :lat AND s.minLon <= :lon AND s.maxLon >= :lon", DistrictShape.class)
                .setParameter("lat", latitude).setParameter("lon", longitude).getResultList();
        List<Long> holding = around.stream()
                .filter(s -> Boundaries.holds(Boundaries.shape(s.getGeometry()), latitude, longitude))
                .map(DistrictShape::getDistrictId).toList();
        if (holding.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT d FROM District d WHERE d.id IN :ids AND d.retiredAt IS NULL "
                + "ORDER BY d.position, d.code", District.class).setParameter("ids", holding).getResultStream()
                .findFirst();
    }

    /**
     * Every boundary as one GeoJSON FeatureCollection (RFC 7946), each feature with its district's code and name: for
     * the API, the maps and the catalogue.
     */
    @PermitAll
    public String collection() {
        List<Object[]> rows = em.createQuery("SELECT d.code, d.name, s.geometry FROM DistrictShape s, District d "
                + "WHERE d.id = s.districtId ORDER BY d.position, d.code", Object[].class).getResultList();
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = rows.get(i);
            json.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{\"code\":")
                    .append(Json.createValue((String) row[0])).append(",\"name\":")
                    .append(Json.createValue((String) row[1])).append("},\"geometry\":").append(row[2]).append('}');
        }
        return json.append("]}").toString();
    }
}
