package pincheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** What a user sees around the commands: --version, did-you-mean, exit codes in --help, completion. */
@Isolated
class CliHelpTest {
    @Test
    void versionNamesPincheckTheEnginesJavaAndTheCommit() {
        CliTest.Run r = CliTest.run("--version");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(4, lines.length, r.out());
        assertTrue(lines[0].matches("pincheck " + Main.VERSION.replace(".", "\\.") + " \\(commit \\S+\\)"), lines[0]);
        assertTrue(lines[1].startsWith("TLC 2.18"), lines[1]);
        assertTrue(lines[2].matches("Alloy 6\\.\\d+\\.\\d+"), lines[2]);
        assertTrue(lines[3].startsWith("Java " + System.getProperty("java.version")), lines[3]);
    }

    @Test
    void aMistypedSubcommandOptionPresetKnobOrValueGetsTheClosestName() {
        assertEquals("pincheck: Unmatched argument at index 0: 'chek' (did you mean 'check'?) (see 'pincheck help')",
                CliTest.run("chek").err().strip());
        assertTrue(CliTest.run("check", CliTest.dio(), "--desing", "pre-2019").err().contains("(did you mean '--design'?)"));
        CliTest.Run preset = CliTest.run("check", CliTest.dio(), "--design", "kernel-2024");
        assertEquals(Main.BAD_INPUT, preset.code());
        assertTrue(preset.err().startsWith("pincheck: unknown design preset 'kernel-2024' (did you mean 'kernel-2023'?);"),
                preset.err());
        assertTrue(CliTest.run("check", CliTest.dio(), "--set", "zero_pag=get").err()
                .startsWith("pincheck: unknown knob 'zero_pag' (did you mean 'zero_page'?);"));
        assertTrue(CliTest.run("check", CliTest.dio(), "--set", "end_io=spilt").err()
                .startsWith("pincheck: unknown value 'spilt' for knob end_io (did you mean 'split'?);"));
        // nothing close: no guess
        assertTrue(CliTest.run("frobnicate").err().contains("'frobnicate' (see 'pincheck help')"));
    }

    @Test
    void helpListsTheExitCodesOfEveryCommand() {
        for (String[] args : new String[][] {{"--help"}, {"check", "--help"}, {"suite", "--help"}}) {
            String out = CliTest.run(args).out();
            assertTrue(out.contains("Exit codes:"), out);
            for (String code : new String[] {"  0   every property holds", "  1   a property is violated", "  2   bad input",
                    "  3   inconclusive", "  4   TLC and Alloy disagree"}) {
                assertTrue(out.contains(code), code + " in " + out);
            }
        }
    }

    @Test
    void completionIsABashScriptCompletingTheSubcommandsAndOptions() {
        CliTest.Run r = CliTest.run("completion");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("#!/usr/bin/env bash"), r.out());
        assertTrue(r.out().contains("complete -F _complete_pincheck"), "registers the function for pincheck");
        for (String word : new String[] {"check", "suite", "paper", "--design", "--engine", "--out"}) {
            assertTrue(r.out().contains(word), word);
        }
    }
}
