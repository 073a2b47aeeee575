package org.pledgewatch.e2e.support;

import static io.restassured.RestAssured.given;

/** Reads a service's Prometheus endpoint. */
public final class Metrics {
    private Metrics() {
    }

    /** The sum of every series of {@code metric} (all label sets) at {@code baseUrl}/q/metrics. */
    public static double sum(String baseUrl, String metric) {
        String text = given().baseUri(baseUrl).get("/q/metrics").then().statusCode(200).extract().asString();
        return text.lines()
                .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
