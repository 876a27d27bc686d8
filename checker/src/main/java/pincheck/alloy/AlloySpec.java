package pincheck.alloy;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The hand-written modules of specs/alloy: Pinning.als, the semantics, and Objects.als, the
 * signatures both it and the generated Scenario module extend. A check writes them beside
 * the generated MC.als and Scenario.als, as TLC reads specs/tla beside MC.tla.
 */
public record AlloySpec(String pinning, String objects) {
    public static final String PINNING = "Pinning.als";
    public static final String OBJECTS = "Objects.als";

    public AlloySpec {
        AlloyNames.checkSemantics(PINNING, pinning);
        AlloyNames.checkSemantics(OBJECTS, objects);
    }

    /** The two modules from {@code dir} (specs/alloy of a checkout). */
    public static AlloySpec read(Path dir) throws IOException {
        return new AlloySpec(Files.readString(dir.resolve(PINNING), StandardCharsets.UTF_8),
                Files.readString(dir.resolve(OBJECTS), StandardCharsets.UTF_8));
    }

    /** The same with another semantics (a test that breaks one operator). */
    public AlloySpec withPinning(String text) {
        return new AlloySpec(text, objects);
    }

    /** File name to text, as the generated root opens them. */
    public ImmutableMap<String, String> files() {
        return ImmutableMap.of(PINNING, pinning, OBJECTS, objects);
    }
}
