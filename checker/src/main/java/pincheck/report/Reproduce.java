package pincheck.report;

import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    public static final String ALLOY_MODULE = TlaModel.MODULE_NAME + ".als";
    /** The one command a reader runs in the folder: TLC again, and the trace compared with trace.itf.json. */
    public static final String REPLAY = "\"$PINCHECK/pincheck\" replay .";

    private Reproduce() {}

    /** Files for one violation's folder: the TLA+ glue and cfg, the Alloy module when given, and README.md. */
    public static ImmutableSortedMap<String, String> files(Map<String, String> tlaInputs, Optional<String> alloyModule) {
        ImmutableSortedMap.Builder<String, String> out = ImmutableSortedMap.naturalOrder();
        out.putAll(tlaInputs);
        alloyModule.ifPresent(m -> out.put(ALLOY_MODULE, m));
        out.put("README.md", readme(tlaInputs.containsKey(TlaModel.MODULE_NAME + ".tla"), alloyModule.isPresent()));
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
            b.append("- `").append(ALLOY_MODULE).append("`: the Alloy module of the same scenario and design,")
                    .append(" checking this property on traces of the counterexample's length (`specs/alloy/Pinning.als`")
                    .append(" with the scenario appended); the Alloy 6 analyzer finds a counterexample of the same")
                    .append(" length with Execute > `check Open`\n");
        }
        if (tla) {
            b.append("\nIn this folder, wherever it is, with `PINCHECK` set to the pincheck checkout\n")
                    .append("(e.g. `PINCHECK=~/pincheck`), pincheck runs TLC on these files again and says whether\n")
                    .append("it finds the trace of `trace.itf.json` (exit 0) or another one (exit 1):\n\n```\n")
                    .append(REPLAY).append("\n```\n\nTLC alone, after the jar is built (`mvn -DskipTests package` in")
                    .append(" the checkout, or any\n`./pincheck` command):\n\n```\n")
                    .append(String.join(" ", tlcCommand())).append("\n```\n");
        }
        return b.toString();
    }
}
