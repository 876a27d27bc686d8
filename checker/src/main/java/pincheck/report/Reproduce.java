package pincheck.report;

import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pincheck.alloy.AlloyModel;
import pincheck.alloy.AlloySpec;
import pincheck.design.Design;
import pincheck.tla.SpecFiles;
import pincheck.tla.TlaModel;
import pincheck.tla.TlcRunner;

/**
 * The engine inputs that produced a counterexample, copied beside it, and a README with
 * the commands that find the same trace again. The commands name the pincheck checkout
 * as {@code $PINCHECK}, never a path relative to the folder, so the folder works wherever
 * it is copied.
 */
public final class Reproduce {
    /** Copies the modules the generated MC.als opens beside it: Alloy looks for an opened module there. */
    public static final String ALLOY_COPY = "cp \"$PINCHECK/specs/alloy/" + AlloySpec.PINNING + "\" \"$PINCHECK/specs/alloy/"
            + AlloySpec.OBJECTS + "\" .";
    /** The one command a reader runs in the folder: TLC again, and the trace compared with trace.itf.json. */
    public static final String REPLAY = "\"$PINCHECK/pincheck\" replay .";

    private Reproduce() {}

    /** Files for one violation's folder: the TLA+ glue and cfg, the generated Alloy modules when given, and README.md. */
    public static ImmutableSortedMap<String, String> files(Map<String, String> tlaInputs,
                                                           Optional<? extends Map<String, String>> alloyModules) {
        ImmutableSortedMap.Builder<String, String> out = ImmutableSortedMap.naturalOrder();
        out.putAll(tlaInputs);
        alloyModules.ifPresent(out::putAll);
        out.put("README.md", readme(tlaInputs.containsKey(TlaModel.MODULE_NAME + ".tla"), alloyModules.isPresent()));
        return out.build();
    }

    /** The plain TLC command line, run in the folder, the checkout named by $PINCHECK. */
    public static List<String> tlcCommand() {
        List<String> cmd = new ArrayList<>(List.of("java", "-DTLA-Library=\"$PINCHECK/specs/tla\"", "-cp",
                "\"$PINCHECK/checker/target/pincheck.jar\"", "tlc2.TLC"));
        cmd.addAll(TlcRunner.searchOptions(TlcRunner.Options.DEFAULT));
        cmd.addAll(List.of("-metadir", "\"${TMPDIR:-/tmp}/pincheck-tlc\"", "-config", TlaModel.MODULE_NAME + ".cfg",
                TlaModel.MODULE_NAME + ".tla"));
        return cmd;
    }

    /** {@code --design linux-6.12 --set zero_page=get}: the check options that name a design. */
    public static String designArgs(Design d) {
        String[] parts = d.name().split("\\+");
        StringBuilder b = new StringBuilder("--design ").append(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(" --set ").append(parts[i]);
        }
        return b.toString();
    }

    private static String readme(boolean tla, boolean alloy) {
        StringBuilder b = new StringBuilder("# Reproduce this counterexample\n\n");
        b.append("- `trace.md`: the counterexample as a kernel call sequence\n");
        b.append("- `trace.itf.json`: every state, in the Informal Trace Format (Apalache's ITF)\n");
        b.append("- `sequence.svg`, `refcount.svg`: the calls between the actors; refcounts per step\n");
        if (tla) {
            b.append("- `").append(TlaModel.MODULE_NAME).append(".tla`, `").append(TlaModel.MODULE_NAME)
                    .append(".cfg`: the TLA+ glue module and TLC configuration that found it, over ")
                    .append(String.join(" and ", SpecFiles.TLA_MODULES.stream().map(m -> "`specs/tla/" + m + "`")
                            .toList())).append(" of the pincheck checkout\n");
        }
        if (alloy) {
            b.append("- `").append(AlloyModel.ROOT).append("`, `").append(AlloyModel.SCENARIO)
                    .append("`: the Alloy modules of the same scenario and design, checking this property on traces")
                    .append(" of the counterexample's length; they open `specs/alloy/")
                    .append(String.join("` and `specs/alloy/", AlloySpec.PINNING, AlloySpec.OBJECTS))
                    .append("` of the checkout, which Alloy looks for beside them (copy them here first, as below)\n");
        }
        if (tla) {
            b.append("\nIn this folder, wherever it is, with `PINCHECK` set to the pincheck checkout\n")
                    .append("(e.g. `PINCHECK=~/pincheck`), pincheck runs TLC on these files again and says whether\n")
                    .append("it finds the trace of `trace.itf.json` (exit 0) or another one (exit 1):\n\n```\n")
                    .append(REPLAY).append("\n```\n\nTLC alone, after the jar is built (`mvn -DskipTests package` in")
                    .append(" the checkout, or any\n`./pincheck` command):\n\n```\n")
                    .append(String.join(" ", tlcCommand())).append("\n```\n");
        }
        if (alloy) {
            b.append("\nIn the Alloy 6 analyzer, after the two spec modules are copied beside `")
                    .append(AlloyModel.ROOT).append("`,\nopen it and run Execute > `check ").append(AlloyModel.CHECK)
                    .append("` with Options > Prevent Overflows set to No, as pincheck checks (counts move by")
                    .append(" table lookups, not Int arithmetic; with it on, Alloy finds the same counterexample")
                    .append(" many times slower): it finds a counterexample of the same length.\n\n```\n")
                    .append(ALLOY_COPY).append("\n```\n");
        }
        return b.toString();
    }
}
