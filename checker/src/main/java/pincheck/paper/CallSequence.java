package pincheck.paper;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A counterexample's narration as written to trace.md by the suite: numbered kernel calls
 * (actor, call, source site, effect) and the one-sentence verdict after "=>".
 */
record CallSequence(ImmutableList<Step> steps, String verdict, String reproduce) {

    record Step(String number, String actor, String call, String site, String effect) {}

    private static final Pattern STEP =
            Pattern.compile("^\\s*(\\d+)\\.\\s+(\\S+)\\s+(.*?)\\s+@\\s+(.*?)(?:\\s+--\\s+(.*))?$");

    static CallSequence parse(String where, String traceMd) throws PaperException {
        List<Step> steps = new ArrayList<>();
        String verdict = "";
        String reproduce = "";
        boolean inBlock = false;
        for (String line : traceMd.split("\n", -1)) {
            if (line.startsWith("```")) {
                inBlock = !inBlock;
            } else if (inBlock && line.startsWith("=> ")) {
                verdict = line.substring(3).strip();
            } else if (inBlock) {
                Matcher m = STEP.matcher(line);
                if (m.matches()) {
                    steps.add(new Step(m.group(1), m.group(2), m.group(3), m.group(4),
                            m.group(5) == null ? "" : m.group(5)));
                } else if (!line.isBlank()) {
                    // A line the narration wraps or adds: keep it, so nothing of the trace is lost.
                    steps.add(new Step("", "", line.strip(), "", ""));
                }
            } else if (line.startsWith("Reproduce: ")) {
                reproduce = line.substring("Reproduce: ".length()).strip();
            }
        }
        if (steps.isEmpty()) {
            throw new PaperException(where + ": no numbered call sequence; run ./pincheck suite");
        }
        return new CallSequence(ImmutableList.copyOf(steps), verdict, reproduce);
    }
}
