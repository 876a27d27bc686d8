package pincheck.tla;

/**
 * How a safety run shrinks TLC's state space. Verdicts never depend on it; with symmetry
 * TLC may report another (equally short) counterexample, so the suite keeps {@link #VIEW}.
 * A liveness run uses none: TLC checks temporal properties on whole states, without symmetry.
 */
public enum StateReduction {
    /** Every variable, the event included, tells states apart. */
    NONE,
    /** VIEW View: states differing only in the event variable are one. */
    VIEW,
    /** VIEW, and SYMMETRY over the actors a scenario declares interchangeable. */
    VIEW_AND_SYMMETRY
}
