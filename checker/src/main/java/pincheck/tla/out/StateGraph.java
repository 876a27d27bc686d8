package pincheck.tla.out;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.CharBuffer;
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
 * and the counts at a node are those TLC reports when it stops there. Which properties each
 * state breaks comes from the run's output: one report line per new state (see
 * {@code TlaEmitter.graph}).
 */
public final class StateGraph {
    /**
     * The first state that breaks a property: its trace (initial state first) and the counts a TLC
     * run that stopped there would report (states generated, distinct states).
     */
    public record Violation(ImmutableList<TlcState> trace, long generated, long distinct) {}

    private static final Pattern NODE = Pattern.compile("^(-?\\d+) \\[label=\"(.*)\"(?:,style = filled)?\\];?$");
    private static final Pattern EDGE = Pattern.compile("^(-?\\d+) -> (-?\\d+)[ ;]");
    /** A report after its mark: the state's index in TLC's order, its level, the masks of what it breaks. */
    private static final Pattern REPORT = Pattern.compile("(\\d+), (\\d+)((?:, \\d+)*)>>");

    private final List<String> order = new ArrayList<>();
    private final String dot;
    private final Map<String, int[]> labels = new HashMap<>();
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, Long> generatedAt = new HashMap<>();
    private final ImmutableMap<String, Integer> firstBreak;
    private int initial;

    /**
     * @param dot the dump
     * @param output TLC's output, with a line {@code <<"MARK", index, level, mask, ...>>} for each new state
     * @param mark the reports' first element
     * @param bits properties per mask
     * @param names the properties, bit i of mask c standing for name c * bits + i
     */
    private StateGraph(String dot, String output, String mark, int bits, List<String> names)
            throws TlcOutputException {
        this.dot = dot;
        long edges = 0;
        // line by line without splitting: the dump of a large model is hundreds of megabytes
        for (int at = 0; at < dot.length(); ) {
            int end = dot.indexOf('\n', at);
            end = end < 0 ? dot.length() : end;
            CharSequence line = CharBuffer.wrap(dot, at, end);
            int from = at;
            at = end + 1;
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
            if (!parent.containsKey(fp)) {
                initial++;
            }
            // where the label is, not a copy: only the states of a trace are read
            labels.put(fp, new int[] {from + n.start(2), from + n.end(2)});
            order.add(fp);
        }
        this.firstBreak = ImmutableMap.copyOf(firstBreaks(output, mark, bits, names));
    }

    public static StateGraph read(String dot, String output, String mark, int bits, List<String> names)
            throws TlcOutputException {
        return new StateGraph(dot, output, mark, bits, names);
    }

    /**
     * Each property's first breaking state, from the reports. TLC checks a new state's invariants
     * right after it writes the state's node, so the k-th report is the k-th node; each report's
     * index and level are checked against the graph, and one missing or out of place is an error.
     */
    private Map<String, Integer> firstBreaks(String output, String mark, int bits, List<String> names)
            throws TlcOutputException {
        Map<String, Integer> first = new LinkedHashMap<>();
        String head = "<<\"" + mark + "\", ";
        int masks = (names.size() + bits - 1) / bits;
        int k = 0;
        for (String line : output.split("\n")) {
            String l = line.strip();
            if (!l.startsWith(head)) {
                continue;
            }
            Matcher r = REPORT.matcher(l.substring(head.length()));
            String[] mask = r.matches() ? r.group(3).split(", ") : new String[0];
            if (mask.length != masks + 1) {
                throw new TlcOutputException("a state report is not <<mark, index, level, " + masks + " mask(s)>>: " + l);
            }
            k++;
            if (k > order.size()) {
                throw new TlcOutputException("the state graph has " + order.size() + " states, TLC reported state " + k);
            }
            if (!r.group(1).equals(Integer.toString(k))
                    || !r.group(2).equals(Integer.toString(level(order.get(k - 1))))) {
                throw new TlcOutputException("state report " + k + " does not match the state graph: " + l);
            }
            for (int c = 0; c < masks; c++) {
                long m = Long.parseLong(mask[c + 1]);
                for (int i = 0; i < bits && c * bits + i < names.size(); i++) {
                    if ((m & (1L << i)) != 0) {
                        first.putIfAbsent(names.get(c * bits + i), k - 1);
                    }
                }
                if (m >>> Math.min(bits, names.size() - c * bits) != 0) {
                    throw new TlcOutputException("state report " + k + " sets a bit for no property: " + l);
                }
            }
        }
        if (k != order.size()) {
            throw new TlcOutputException("the state graph has " + order.size() + " states, TLC reported " + k);
        }
        return first;
    }

    /** Steps from an initial state along first edges: TLC's level, 0 for an initial state. */
    private int level(String fp) {
        int d = 0;
        for (String x = parent.get(fp); x != null; x = parent.get(x)) {
            d++;
        }
        return d;
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
            trace.add(new TlcState(i + 1, i == 0 ? TlcState.INITIAL : "Next", Optional.empty(),
                    ImmutableMap.copyOf(TlcStateParser.vars(i + 1, label(path.get(i))))));
        }
        // TLC counts initial states among the generated ones, then one per successor edge
        return Optional.of(new Violation(trace.build(), initial + generatedAt.getOrDefault(fp, 0L), at + 1L));
    }

    private String label(String fp) {
        int[] at = labels.get(fp);
        return unescape(dot.substring(at[0], at[1]));
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
