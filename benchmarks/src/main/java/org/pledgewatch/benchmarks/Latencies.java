package org.pledgewatch.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Measured durations of one kind of request, and their percentiles. */
final class Latencies {

    private final List<Long> nanos = new ArrayList<>();

    void add(long durationNanos) {
        nanos.add(durationNanos);
    }

    void addAll(Latencies other) {
        nanos.addAll(other.nanos);
    }

    int count() {
        return nanos.size();
    }

    /** The nearest-rank percentile in milliseconds. */
    double percentileMillis(double percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1_000_000.0;
    }

    String summary() {
        return String.format("n=%5d  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.2f ms", count(),
                percentileMillis(50), percentileMillis(95), percentileMillis(99), percentileMillis(100));
    }
}
