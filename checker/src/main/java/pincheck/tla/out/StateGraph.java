package pincheck.tla.out;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state graph a one-worker TLC run dumped ({@code -dump dot,actionlabels}), in the order
 * TLC explored it: initial states, then for each expanded state every successor's edge, and a
 * node after the edge that found it first. That edge's source is the state TLC's trace file
 * names as its predecessor, so the path of first edges is the trace TLC prints for the state,
 * and the counts at a node are those TLC reports when it stops there.
 */
public final class StateGraph {
    /**
     * The first state that breaks a property: its trace (initial state first) and the counts a TLC
     * run that stopped there would report (states generated, distinct states).
     */
    public record Violation(ImmutableList<TlcState> trace, long generated, long distinct) {}

    private static final Pattern NODE = Pattern.compile("^(-?\\d+) \\[label=\"(.*)\"(?:,style = filled)?\\];?$");
    private static final Pattern EDGE = Pattern.compile("^(-?\\d+) -> (-?\\d+)[ ;]");

    private final List<String> order = new ArrayList<>();
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, Long> generatedAt = new HashMap<>();
    private final ImmutableMap<String, Integer> firstBreak;
    private final String variable;
    private int initial;

    /**
     * @param dot the dump
     * @param variable the state variable that holds the names of the properties a state breaks
     */
    private StateGraph(String dot, String variable) throws TlcOutputException {
        this.variable = variable;
        long edges = 0;
        Map<String, Integer> first = new LinkedHashMap<>();
        for (String line : dot.split("\n")) {
            Matcher e = EDGE.matcher(line);
            if (e.find()) {
                edges++;
                String to = e.group(2);
                if (!labels.containsKey(to) && !parent.containsKey(to)) {
                    parent.put(to, e.group(1));
                    generatedAt.put(to, edges);
                }
                continue;
            }
            Matcher n = NODE.matcher(line);
            if (!n.matches() || labels.containsKey(n.group(1))) {
                continue;
            }
            String fp = n.group(1);
            String text = unescape(n.group(2));
            if (!parent.containsKey(fp)) {
                initial++;
            }
            labels.put(fp, text);
            order.add(fp);
            for (String p : broken(text)) {
                first.putIfAbsent(p, order.size() - 1);
            }
        }
        this.firstBreak = ImmutableMap.copyOf(first);
    }

    public static StateGraph read(String dot, String variable) throws TlcOutputException {
        return new StateGraph(dot, variable);
    }

    public int distinctStates() {
        return order.size();
    }

    /** The properties some state breaks, each with the index of the first such state in TLC's order. */
    public ImmutableMap<String, Integer> firstBreaks() {
        return firstBreak;
    }

    /** The first state breaking the property, with its trace and counts; empty if no state does. */
    public Optional<Violation> violation(String property) throws TlcOutputException {
        Integer at = firstBreak.get(property);
        if (at == null) {
            return Optional.empty();
        }
        String fp = order.get(at);
        List<String> path = new ArrayList<>();
        for (String x = fp; x != null; x = parent.get(x)) {
            path.add(0, x);
        }
        ImmutableList.Builder<TlcState> trace = ImmutableList.builder();
        for (int i = 0; i < path.size(); i++) {
            Map<String, TlaValue> vars = new LinkedHashMap<>(TlcStateParser.vars(i + 1, labels.get(path.get(i))));
            vars.remove(variable);
            trace.add(new TlcState(i + 1, i == 0 ? TlcState.INITIAL : "Next", Optional.empty(),
                    ImmutableMap.copyOf(vars)));
        }
        // TLC counts initial states among the generated ones, then one per successor edge
        return Optional.of(new Violation(trace.build(), initial + generatedAt.getOrDefault(fp, 0L), at + 1L));
    }

    /** The names in {@code /\ variable = {"A", "B"}} of a state's text. */
    private ImmutableSet<String> broken(String text) throws TlcOutputException {
        String head = "/\\ " + variable + " = ";
        int at = text.startsWith(head) ? 0 : text.indexOf("\n" + head);
        if (at < 0) {
            throw new TlcOutputException("the state graph has a state without " + variable + ": " + text);
        }
        int from = text.indexOf('{', at);
        int to = text.indexOf('}', from);
        if (from < 0 || to < 0) {
            throw new TlcOutputException("the state graph's " + variable + " is not a set: " + text);
        }
        ImmutableSet.Builder<String> out = ImmutableSet.builder();
        for (String part : text.substring(from + 1, to).split(",")) {
            String name = part.strip();
            if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                out.add(name.substring(1, name.length() - 1));
            }
        }
        return out.build();
    }

    /** DOT's escapes as TLC writes them: backslash, quote and newline. */
    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(++i);
                b.append(d == 'n' ? '\n' : d);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
