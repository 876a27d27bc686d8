package pincheck.design;

/**
 * The kernel's numbers scaled down so overflow is reachable in a small model.
 * Every report states them.
 */
public record Scaling(int bias, int refMax, int zeroBase) {
    /** GUP_PIN_COUNTING_BIAS 1024 -> 4, INT_MAX -> 15, ZERO_PAGE's boot count -> 1. */
    public static final Scaling DEFAULT = new Scaling(4, 15, 1);

    public Scaling {
        if (bias < 2 || refMax < bias || zeroBase < 1) {
            throw new IllegalArgumentException("scaling needs 2 <= bias <= refMax and zeroBase >= 1");
        }
    }

    public String describe() {
        return "GUP_PIN_COUNTING_BIAS 1024 -> " + bias + ", INT_MAX -> " + refMax
                + " (_refcount wraps to " + (-(refMax + 1)) + "), ZERO_PAGE base count -> " + zeroBase;
    }
}
