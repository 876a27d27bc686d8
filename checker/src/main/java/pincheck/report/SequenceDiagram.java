package pincheck.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.DiagramDescription;
import pincheck.scenario.Actor;
import pincheck.scenario.Scenario;
import pincheck.trace.Narration;
import pincheck.trace.Step;
import pincheck.trace.Trace;

/**
 * A counterexample as a sequence diagram: the scenario's actors and the kernel's
 * contexts (block layer, completion irq, workqueue) and subsystems (iov_iter, mm) as
 * participants, one message per step with the call and the refcount changes, the harm
 * step in red. PlantUML text, rendered to SVG by PlantUML (no Graphviz for sequences).
 */
public final class SequenceDiagram {
    /** Lanes the model's own contexts and the called subsystems get, in this order after the actors. */
    private static final Map<String, String> KERNEL_LANES = orderedLanes();

    /** The kernel functions of scenario programs, by the subsystem that defines them. */
    private static final ImmutableMap<String, String> CALLEES = ImmutableMap.<String, String>builder()
            .put("bio_add_page", "block").put("bio_iov_iter_get_pages", "block").put("submit_bio", "block")
            .put("iov_iter_get_pages", "iov_iter").put("iov_iter_get_pages_alloc", "iov_iter")
            .put("iov_iter_extract_pages", "iov_iter").put("iov_iter_put_pages", "iov_iter")
            .put("get_page", "mm").put("put_page", "mm").put("put_user_page", "mm").put("unpin_user_page", "mm")
            .put("munmap", "mm").put("truncate", "mm").put("page_mkclean", "mm").put("end_page_writeback", "mm")
            .put("folio_maybe_dma_pinned", "mm")
            .build();

    private SequenceDiagram() {}

    private static Map<String, String> orderedLanes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("block", "block layer");
        m.put("irq", "completion (irq)");
        m.put("workqueue", "workqueue");
        m.put("iov_iter", "iov_iter");
        m.put("mm", "mm");
        return m;
    }

    public static String svg(Figure f) {
        return render(plantUml(f));
    }

    /**
     * One message per step: the call, then everything it changed that the design makes
     * meaningful (so the cause of a harm, `b end_io := _gup`, `b += Z (get)`, stays in view).
     */
    public static String plantUml(Figure f) {
        Scenario s = f.scenario();
        Trace trace = f.trace();
        String title = f.title();
        List<String> lanes = lanes(s, trace);
        int harm = f.harmfulStep();
        java.util.function.Predicate<String> shown = Narration.shown(f.design());
        StringBuilder b = new StringBuilder("@startuml\nhide footbox\n");
        b.append("title ").append(escape(title)).append('\n');
        for (int i = 0; i < lanes.size(); i++) {
            String lane = lanes.get(i);
            b.append("participant \"").append(KERNEL_LANES.getOrDefault(lane, lane)).append("\" as L").append(i)
                    .append('\n');
        }
        for (Step st : trace.steps()) {
            String from = "L" + lanes.indexOf(st.event().actor());
            String to = "L" + lanes.indexOf(callee(st.event().actor(), st.event().call(), st.event().site()));
            List<String> text = new ArrayList<>();
            text.add(st.number() + ". " + st.event().callText());
            st.changes().stream().filter(shown).forEach(text::add);
            if (st.number() == harm) {
                b.append(from).append(" -[#red]> ").append(to).append(" : ")
                        .append(String.join("\\n", text.stream().map(t -> "<color:red>**" + escape(t) + "**</color>")
                                .toList())).append('\n');
            } else {
                b.append(from).append(" -> ").append(to).append(" : ")
                        .append(String.join("\\n", text.stream().map(SequenceDiagram::escape).toList())).append('\n');
            }
        }
        Narration.loopLine(trace).filter(l -> !lanes.isEmpty()).ifPresent(l -> b.append("note over L0 : ").append(escape(l.strip())).append('\n'));
        return b.append("@enduml\n").toString();
    }

    /** The scenario's actors in their order, then the kernel lanes the trace uses. */
    static ImmutableList<String> lanes(Scenario s, Trace trace) {
        List<String> used = new ArrayList<>();
        for (Step st : trace.steps()) {
            used.add(st.event().actor());
            used.add(callee(st.event().actor(), st.event().call(), st.event().site()));
        }
        ImmutableList.Builder<String> out = ImmutableList.builder();
        s.actors().stream().map(Actor::name).filter(used::contains).forEach(out::add);
        KERNEL_LANES.keySet().stream()
                .filter(k -> used.contains(k) && s.actors().stream().noneMatch(a -> a.name().equals(k)))
                .forEach(out::add);
        // An actor the model names but the scenario does not declare: last, still drawn.
        used.stream().distinct().filter(u -> !KERNEL_LANES.containsKey(u)
                && s.actors().stream().noneMatch(a -> a.name().equals(u))).forEach(out::add);
        return out.build();
    }

    /**
     * Who a call goes to: the subsystem that defines the called function; else, for
     * the model's own contexts, the subsystem of its site; else the caller's own code.
     * A scenario's site is where the call is made (fs/direct-io.c), not what it calls.
     */
    static String callee(String actor, String call, String site) {
        String bySubsystem = CALLEES.get(call);
        if (bySubsystem != null) {
            return bySubsystem;
        }
        if (site.startsWith("block/")) {
            return "block";
        }
        if (site.startsWith("mm/") || site.startsWith("include/linux/mm")) {
            return "mm";
        }
        if (site.startsWith("lib/iov_iter")) {
            return "iov_iter";
        }
        if (site.startsWith("kernel/workqueue")) {
            return "workqueue";
        }
        return actor;
    }

    /** PlantUML's creole reads doubled marks (__, --, **, //) as styles; ~ makes the next one literal. */
    static String escape(String t) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ("_-*/\"~".indexOf(c) >= 0 && i + 1 < t.length() && t.charAt(i + 1) == c) {
                b.append('~');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** SVG from PlantUML text, without the compressed copy of the source PlantUML embeds. */
    static String render(String plantUml) {
        ByteArrayOutputStream os = new ByteArrayOutputStream();
        DiagramDescription d;
        try {
            d = new SourceStringReader(plantUml).outputImage(os, new FileFormatOption(FileFormat.SVG));
        } catch (IOException e) {
            throw new IllegalStateException("PlantUML failed on a sequence diagram: " + e.getMessage(), e);
        }
        if (d == null || d.getDescription().contains("Error")) {
            throw new IllegalStateException("PlantUML rejected a generated sequence diagram (a pincheck bug):\n"
                    + plantUml);
        }
        // The embedded source is deflated by the JVM's zlib: its bytes may differ between machines.
        return os.toString(StandardCharsets.UTF_8).replaceAll("<\\?plantuml-src [^?]*\\?>", "") + "\n";
    }
}
