package pincheck.alloy.run;

/** Alloy's dist bundles slf4j-simple: INFO for every Kodkod phase, WARN for each native solver finalized. */
final class Quiet {
    private static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private Quiet() {}

    /** Must run before the first Alloy class logs; a level the user set is kept. */
    static void logging() {
        if (System.getProperty(LEVEL) == null) {
            System.setProperty(LEVEL, "error");
        }
    }
}
