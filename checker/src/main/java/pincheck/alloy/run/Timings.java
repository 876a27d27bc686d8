package pincheck.alloy.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where each Alloy check spent its time (parse, translate, solve, SAT size), appended as a line
 * to the file named by the system property {@value #PROPERTY} when it is set: for measuring only.
 */
final class Timings {
    static final String PROPERTY = "pincheck.alloy.timings";

    private Timings() {}

    static synchronized void record(AlloyRequest req, String line) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Files.writeString(Path.of(file), req.solver().id() + " " + line + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // a measurement that cannot be written changes no verdict
        }
    }
}
