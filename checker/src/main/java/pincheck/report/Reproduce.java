package pincheck.report;

import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pincheck.tla.SpecFiles;
import pincheck.tla.TlaModel;
import pincheck.tla.TlcRunner;

/**
 * The engine inputs that produced a counterexample, copied beside it, and a README
 * with the plain TLC command line that reruns them from the checkout.
 */
public final class Reproduce {
    public static final String ALLOY_MODULE = TlaModel.MODULE_NAME + ".als";

    private Reproduce() {}

    /**
     * Files for the folder {@code folder} (relative to the checkout): the TLA+ glue
     * and cfg the verdict came from, the Alloy module when one is given, and README.md.
     */
    public static ImmutableSortedMap<String, String> files(String folder, Map<String, String> tlaInputs,
                                                         Optional<String> alloyModule) {
        ImmutableSortedMap.Builder<String, String> out = ImmutableSortedMap.naturalOrder();
        out.putAll(tlaInputs);
        alloyModule.ifPresent(m -> out.put(ALLOY_MODULE, m));
        out.put("README.md", readme(folder, tlaInputs.containsKey(TlaModel.MODULE_NAME + ".tla"),
                alloyModule.isPresent()));
        return out.build();
    }

    /**
     * The TLC command line, run in {@code folder} (relative to the checkout). TLC reads
     * the TLA-Library property only for a module given without a folder, hence the cd.
     */
    public static List<String> tlcCommand(String folder) {
        String up = "../".repeat(folder.split("/").length);
        List<String> cmd = new ArrayList<>(List.of("java", "-DTLA-Library=" + up + "specs/tla", "-cp",
                up + "checker/target/pincheck.jar", "tlc2.TLC"));
        cmd.addAll(TlcRunner.searchOptions(TlcRunner.Options.DEFAULT));
        cmd.addAll(List.of("-metadir", "/tmp/pincheck-tlc", "-config", TlaModel.MODULE_NAME + ".cfg",
                TlaModel.MODULE_NAME + ".tla"));
        return cmd;
    }

    private static String readme(String folder, boolean tla, boolean alloy) {
        StringBuilder b = new StringBuilder("# Reproduce this counterexample\n\n");
        b.append("- `trace.md`: the counterexample as a kernel call sequence\n");
        b.append("- `trace.itf.json`: every state, in the Informal Trace Format (Apalache's ITF)\n");
        b.append("- `sequence.svg`, `refcount.svg`: the calls between the actors; refcounts per step\n");
        if (tla) {
            b.append("- `").append(TlaModel.MODULE_NAME).append(".tla`, `").append(TlaModel.MODULE_NAME)
                    .append(".cfg`: the TLA+ glue module and TLC configuration that found it, over ")
                    .append(String.join(" and ", SpecFiles.TLA_MODULES.stream().map(m -> "`specs/tla/" + m + "`")
                            .toList())).append('\n');
        }
        if (alloy) {
            b.append("- `").append(ALLOY_MODULE).append("`: the Alloy module of the same scenario and design,")
                    .append(" checking this property on traces of the counterexample's length (`specs/alloy/Pinning.als`")
                    .append(" with the scenario appended); the Alloy 6 analyzer finds a counterexample of the same")
                    .append(" length with Execute > `check Open`\n");
        }
        if (tla) {
            b.append("\nFrom the root of the pincheck checkout, after building the jar (`mvn -DskipTests package`,\n")
                    .append("or any `./pincheck` command), TLC finds the same trace:\n\n```\ncd ").append(folder)
                    .append('\n').append(String.join(" ", tlcCommand(folder))).append("\n```\n");
        }
        return b.toString();
    }
}
