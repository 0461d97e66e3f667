package io.autocrm.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** Latency figures of an HdrHistogram recorded in nanoseconds, as milliseconds. */
final class Latency {

    private Latency() {
    }

    static Histogram histogram() {
        return new Histogram(3_600_000_000_000L, 3);
    }

    static double ms(long nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }

    static Map<String, Object> summary(Histogram h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", h.getTotalCount());
        m.put("p50_ms", ms(h.getValueAtPercentile(50)));
        m.put("p90_ms", ms(h.getValueAtPercentile(90)));
        m.put("p99_ms", ms(h.getValueAtPercentile(99)));
        m.put("p999_ms", ms(h.getValueAtPercentile(99.9)));
        m.put("max_ms", ms(h.getMaxValue()));
        m.put("mean_ms", ms((long) h.getMean()));
        return m;
    }

    static String brief(Histogram h) {
        return String.format("p50 %7.2f  p99 %7.2f  max %8.2f ms  (n=%d)", ms(h.getValueAtPercentile(50)),
                ms(h.getValueAtPercentile(99)), ms(h.getMaxValue()), h.getTotalCount());
    }
}
