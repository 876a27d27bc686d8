package pincheck.alloy.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The hand-written Alloy modules under src/test/resources/alloy. */
final class Modules {
    private Modules() {}

    static String load(String name) {
        try (InputStream in = Modules.class.getResourceAsStream("/alloy/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test module " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
