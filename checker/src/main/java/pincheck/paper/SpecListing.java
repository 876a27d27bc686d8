package pincheck.paper;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * TLA+ operator definitions cut out of specs/tla by name, with the comment lines just
 * above them, so the paper quotes the model as checked, never a copy that drifts.
 */
final class SpecListing {
    private SpecListing() {}

    /** A definition found in a module: its lines, and the module's file name. */
    record Operator(String name, String module, ImmutableList<String> lines) {}

    static Operator find(Path tlaDir, String module, String name) throws PaperException {
        Path file = tlaDir.resolve(module);
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new PaperException(file + ": cannot read (" + e.getMessage() + "); run from pincheck's checkout");
        }
        return cut(lines, module, name).orElseThrow(() -> new PaperException("specs/tla/" + module + ": no operator "
                + name + "; update the listings in pincheck.paper.ModelSection"));
    }

    static java.util.Optional<Operator> cut(List<String> lines, String module, String name) {
        Pattern head = Pattern.compile("^" + Pattern.quote(name) + "(\\(.*\\))?\\s*==.*");
        for (int i = 0; i < lines.size(); i++) {
            if (!head.matcher(lines.get(i)).matches()) {
                continue;
            }
            int start = i;
            while (start > 0 && isPreamble(lines.get(start - 1))) {
                start--;
            }
            int end = i + 1;
            // The body goes on while lines are indented; a blank or column-0 line ends it.
            while (end < lines.size() && !lines.get(end).isBlank() && Character.isWhitespace(lines.get(end).charAt(0))) {
                end++;
            }
            List<String> out = new ArrayList<>();
            for (String l : lines.subList(start, end)) {
                out.add(l.stripTrailing());
            }
            return java.util.Optional.of(new Operator(name, module, ImmutableList.copyOf(out)));
        }
        return java.util.Optional.empty();
    }

    private static boolean isPreamble(String line) {
        return line.startsWith("(*") && !line.startsWith("(****") || line.startsWith("\\*")
                || line.startsWith("RECURSIVE");
    }
}
