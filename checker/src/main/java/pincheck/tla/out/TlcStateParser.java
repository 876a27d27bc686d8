package pincheck.tla.out;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the body of a trace-state message (2217) or the state printed by 2107. */
final class TlcStateParser {
    private static final Pattern HEADER = Pattern.compile("(\\d+): <(.*)>");
    private static final Pattern ACTION = Pattern.compile(
            "(.*?) (line \\d+, col \\d+ to line \\d+, col \\d+ of module \\S+)");
    private static final Pattern VAR = Pattern.compile("([A-Za-z0-9_]+) = ");

    private TlcStateParser() {}

    /** Parses {@code N: <Action ...>} followed by the variables. */
    static TlcState parse(String body) throws TlcOutputException {
        String[] parts = body.split("\n", 2);
        Matcher h = HEADER.matcher(parts[0].strip());
        if (!h.matches()) {
            throw new TlcOutputException("trace state does not start with 'N: <Action ...>': " + parts[0]);
        }
        int number = Integer.parseInt(h.group(1));
        String action = h.group(2);
        Optional<String> location = Optional.empty();
        Matcher a = ACTION.matcher(action);
        if (a.matches()) {
            action = a.group(1);
            location = Optional.of(a.group(2));
        }
        return new TlcState(number, action, location, vars(number, parts.length > 1 ? parts[1] : ""));
    }

    /**
     * Variables: each starts at a line beginning with {@code /\ } and runs until the next such line;
     * a spec with one variable prints {@code x = 1} without the prefix.
     */
    static ImmutableMap<String, TlaValue> vars(int number, String text) throws TlcOutputException {
        Map<String, TlaValue> vars = new LinkedHashMap<>();
        String[] lines = text.stripTrailing().split("\n", -1);
        if (text.isBlank()) {
            return ImmutableMap.of();
        }
        boolean conjunctions = lines[0].startsWith("/\\ ");
        StringBuilder current = null;
        for (String line : lines) {
            if (current == null || (conjunctions && line.startsWith("/\\ "))) {
                if (current != null) {
                    addVar(number, current.toString(), vars);
                }
                current = new StringBuilder(conjunctions ? line.substring(3) : line);
            } else {
                current.append('\n').append(line);
            }
        }
        addVar(number, current.toString(), vars);
        return ImmutableMap.copyOf(vars);
    }

    private static void addVar(int number, String text, Map<String, TlaValue> vars) throws TlcOutputException {
        Matcher m = VAR.matcher(text);
        if (!m.lookingAt()) {
            throw new TlcOutputException("state " + number + ": expected 'name = value' but got: " + firstLine(text));
        }
        String name = m.group(1);
        TlaValue value;
        try {
            value = TlaValueParser.parse(text.substring(m.end()));
        } catch (TlcOutputException e) {
            throw new TlcOutputException("state " + number + ", variable " + name + ": " + e.getMessage());
        }
        if (vars.put(name, value) != null) {
            throw new TlcOutputException("state " + number + ": variable " + name + " appears twice");
        }
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
