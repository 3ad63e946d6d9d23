package org.civitas.demo;

import org.civitas.places.Place;
import org.civitas.proposals.ProposalDraft;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the demo town's proposals are: its six districts as rectangles around the map's default centre (Besançon's
 * centre, the demo's map), and for three proposals in four a pin inside its district (around the centre for the
 * whole town) with a street address, the same at every start. The streets are the demo's, not the city's.
 */
final class DemoPlaces {

    /** South, west, north, east of each district. */
    private static final Map<String, double[]> DISTRICTS = Map.of(
            "centre-ville", new double[]{47.2318, 6.0151, 47.2438, 6.0331},
            "gare", new double[]{47.2438, 6.0151, 47.2558, 6.0331},
            "bords-de-loire", new double[]{47.2318, 5.9971, 47.2438, 6.0151},
            "vieux-bourg", new double[]{47.2318, 6.0331, 47.2438, 6.0511},
            "plateau", new double[]{47.2198, 6.0151, 47.2318, 6.0331},
            "les-tilleuls", new double[]{47.2198, 5.9971, 47.2318, 6.0151});

    private static final double[] TOWN = {47.2258, 6.0031, 47.2498, 6.0451};

    private static final List<String> STREETS = List.of("rue de la République", "rue Victor-Hugo", "place du Marché",
            "avenue de la Gare", "rue des Écoles", "quai des Tanneurs", "rue du Moulin", "allée des Tilleuls",
            "boulevard Pasteur", "rue Jean-Jaurès", "square Saint-Amour", "rue des Jardins");

    private DemoPlaces() {
    }

    /** The districts' boundaries as GeoJSON, as an administrator would upload them. */
    static String boundaries() {
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        String separator = "";
        for (Map.Entry<String, double[]> district : DISTRICTS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .toList()) {
            double[] b = district.getValue();
            json.append(separator).append("{\"type\":\"Feature\",\"properties\":{\"code\":\"").append(district.getKey())
                    .append("\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[")
                    .append(point(b[1], b[0])).append(',').append(point(b[3], b[0])).append(',')
                    .append(point(b[3], b[2])).append(',').append(point(b[1], b[2])).append(',')
                    .append(point(b[1], b[0])).append("]]}}");
            separator = ",";
        }
        return json.append("]}").toString();
    }

    private static String point(double lon, double lat) {
        return String.format(Locale.ROOT, "[%.4f,%.4f]", lon, lat);
    }

    /** The place of the demo's proposal number {@code index}, or null for one in four. */
    static Place of(ProposalDraft draft, int index) {
        if (index % 4 == 3) {
            return null;
        }
        double[] box = draft.districtCode() == null ? TOWN : DISTRICTS.getOrDefault(draft.districtCode(), TOWN);
        // Spread inside the box, away from its edges, the same for the same proposal at every start
        int seed = Math.abs(draft.title().hashCode());
        double north = 0.15 + 0.7 * ((seed % 997) / 997.0);
        double east = 0.15 + 0.7 * (((seed / 997) % 991) / 991.0);
        double lat = box[0] + (box[2] - box[0]) * north;
        double lon = box[1] + (box[3] - box[1]) * east;
        String street = STREETS.get(seed % STREETS.size());
        int number = 1 + seed % 48;
        return new Place(number + " " + street, Math.round(lat * 1e6) / 1e6, Math.round(lon * 1e6) / 1e6);
    }
}
