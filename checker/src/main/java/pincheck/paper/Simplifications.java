package pincheck.paper;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The "Simplifications" bullets of a TLA+ module's header comment, joined back into sentences. */
final class Simplifications {
    private Simplifications() {}

    static ImmutableList<String> read(Path module) throws PaperException {
        List<String> items = new ArrayList<>();
        boolean in = false;
        for (String raw : PaperInputs.text(module).split("\n")) {
            String line = raw.strip();
            if (!line.startsWith("(*")) {
                if (in) {
                    break;
                }
                continue;
            }
            String text = line.replaceAll("^\\(\\*", "").replaceAll("\\*\\)$", "").strip();
            if (text.startsWith("Simplifications")) {
                in = true;
            } else if (in && text.startsWith("*")) {
                break;
            } else if (in && text.startsWith("- ")) {
                items.add(text.substring(2));
            } else if (in && !text.isEmpty() && !items.isEmpty()) {
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + text);
            }
        }
        if (items.isEmpty()) {
            throw new PaperException(module + ": no \"Simplifications\" list in the header comment; the paper "
                    + "quotes it as the model's threats to validity");
        }
        return ImmutableList.copyOf(items);
    }
}
