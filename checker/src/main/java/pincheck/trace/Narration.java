package pincheck.trace;

import com.google.common.collect.ImmutableList;

/**
 * A trace as the call sequence a kernel developer writes in a bug report: one
 * line per step (number, actor, call with arguments, source site, what changed).
 */
public final class Narration {
    private Narration() {}

    public static ImmutableList<String> lines(Trace trace) {
        int actorWidth = 3;
        int callWidth = 10;
        int siteWidth = 0;
        for (Step s : trace.steps()) {
            actorWidth = Math.max(actorWidth, s.event().actor().length());
            callWidth = Math.max(callWidth, s.event().callText().length());
            siteWidth = Math.max(siteWidth, s.event().site().isEmpty() ? 0 : s.event().siteText().length() + 2);
        }
        ImmutableList.Builder<String> out = ImmutableList.builder();
        for (Step s : trace.steps()) {
            out.add(line(s, actorWidth, callWidth, siteWidth));
        }
        return out.build();
    }

    static String line(Step s, int actorWidth, int callWidth, int siteWidth) {
        Event e = s.event();
        StringBuilder b = new StringBuilder();
        b.append(String.format("%3d. %-" + actorWidth + "s  %-" + callWidth + "s", s.number(), e.actor(),
                e.callText()));
        if (siteWidth > 0) {
            b.append(String.format("  %-" + siteWidth + "s", e.site().isEmpty() ? "" : "@ " + e.siteText()));
        }
        ImmutableList.Builder<String> what = ImmutableList.builder();
        if (!e.note().isEmpty()) {
            what.add(e.note());
        }
        what.addAll(s.changes());
        String changes = String.join("; ", what.build());
        if (!changes.isEmpty()) {
            b.append("  -- ").append(changes);
        }
        return b.toString().stripTrailing();
    }
}
