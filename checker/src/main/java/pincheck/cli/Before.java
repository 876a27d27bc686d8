package pincheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pincheck.report.JsonFiles;

/** The figures a bench run recorded before a change (its "goals" list), by figure name; none when absent. */
final class Before {
    private Before() {}

    static Map<String, Double> read(Path file) throws IOException {
        Map<String, Double> out = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            Object doc = JsonFiles.plain(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            if (doc instanceof Map<?, ?> m && m.get("goals") instanceof List<?> goals) {
                for (Object g : goals) {
                    if (g instanceof Map<?, ?> f && f.get("figure") instanceof String name
                            && f.get("value") instanceof Number v) {
                        out.put(name, v.doubleValue());
                    }
                }
            }
        } catch (JsonFiles.BadFile e) {
            System.err.println("pincheck: " + e.getMessage() + "; not a bench file, no before figures");
        }
        return out;
    }
}
