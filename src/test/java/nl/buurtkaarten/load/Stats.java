package nl.buurtkaarten.load;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Percentiles and spreads for the benchmark's figures. */
final class Stats {

    private Stats() {}

    /** The nearest-rank percentile of the values, or NaN when there are none. */
    static double percentile(Collection<? extends Number> values, double percent) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().map(Number::doubleValue).sorted().toList();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    static double max(Collection<? extends Number> values) {
        return values.stream().mapToDouble(Number::doubleValue).max().orElse(Double.NaN);
    }

    static double mean(Collection<? extends Number> values) {
        return values.stream().mapToDouble(Number::doubleValue).average().orElse(Double.NaN);
    }

    static String format(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "—";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** The median: the middle value, or the mean of the two middle ones. */
    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** The median of the passes, with their spread min–max when there is more than one and they differ. */
    static String spread(List<Double> passes, int decimals) {
        List<Double> known = passes.stream()
                .filter(value -> !Double.isNaN(value) && !Double.isInfinite(value))
                .toList();
        if (known.isEmpty()) {
            return "—";
        }
        String median = format(median(known), decimals);
        String min =
                format(known.stream().mapToDouble(Double::doubleValue).min().orElseThrow(), decimals);
        String max =
                format(known.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), decimals);
        return min.equals(max) ? median : median + " (" + min + "–" + max + ")";
    }
}
