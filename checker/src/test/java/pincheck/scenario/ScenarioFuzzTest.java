package pincheck.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import pincheck.design.Presets;
import pincheck.design.Scaling;
import pincheck.tla.Sany;
import pincheck.tla.SpecFiles;
import pincheck.tla.TlaEmitter;
import pincheck.tla.TlaModel;

/**
 * jqwik mutates the example scenario (lines and tokens deleted, duplicated, swapped; random
 * bytes; huge files; long names; TLA+ and Alloy keywords and path pieces as names): each
 * mutant parses, and then emits a model, or is rejected with one {@code file:line: message} line.
 */
class ScenarioFuzzTest {
    private static final String FILE = "fuzz.pin";
    /** file:line: message, or file: message for problems of the whole file (too big, no actors). */
    private static final Pattern ONE_LINE = Pattern.compile("\\Q" + FILE + "\\E(:\\d+)?: [^\\n\\r]+");
    /** Names a generated TLA+ or Alloy module could confuse with its own words. */
    static final List<String> KEYWORDS = List.of("VARIABLE", "VARIABLES", "CONSTANT", "MODULE", "EXTENDS", "INSTANCE",
            "LET", "IN", "IF", "THEN", "ELSE", "CHOOSE", "TRUE", "FALSE", "Init", "Next", "Spec", "View", "TypeOK",
            "sig", "fact", "pred", "fun", "assert", "check", "run", "one", "lone", "some", "all", "no", "abstract",
            "open", "module", "univ", "iden", "none", "Int", "this", "seq", "disj");
    private static final List<String> PATHS = List.of("a/b", "..", "../../etc/passwd", "/tmp/x", "U0/..", "..%2f", "~");

    private static List<String> tokens(String line) {
        return new ArrayList<>(Arrays.asList(line.strip().split("\\s+")));
    }

    /** One edit of the text, chosen and placed by jqwik. */
    private record Edit(int kind, int at, int other, String word) {
        String apply(String text) {
            List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
            int i = Math.floorMod(at, lines.size());
            int j = Math.floorMod(other, lines.size());
            switch (kind) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, lines.get(i));
                case 2 -> Collections.swap(lines, i, j);
                case 3, 4, 5 -> {
                    List<String> t = tokens(lines.get(i));
                    int k = Math.floorMod(other, t.size());
                    switch (kind) {
                        case 3 -> t.remove(k);
                        case 4 -> Collections.swap(t, k, Math.floorMod(at, t.size()));
                        default -> t.set(k, word);
                    }
                    lines.set(i, "  " + String.join(" ", t));
                }
                case 6 -> lines.set(i, lines.get(i) + word);
                default -> {
                    // Rename a name everywhere it is used, so the mutant stays consistent and may parse.
                    String name = List.of("U0", "U1", "Z", "P0", "it", "dst", "b", "dio", "mm").get(
                            Math.floorMod(other, 9));
                    return String.join("\n", lines).replaceAll("\\b" + name + "\\b",
                            java.util.regex.Matcher.quoteReplacement(word));
                }
            }
            return String.join("\n", lines);
        }
    }

    @Provide
    Arbitrary<String> mutants() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of(KEYWORDS),
                Arbitraries.of(PATHS),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(4000),
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(20));
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 7),
                Arbitraries.integers(), Arbitraries.integers(), word).as(Edit::new);
        Arbitrary<String> edited = edit.list().ofMinSize(1).ofMaxSize(4).map(edits -> {
            String text = Example.TEXT;
            for (Edit e : edits) {
                text = e.apply(text);
            }
            return text;
        });
        // Huge files: the example repeated past the size limit, or one enormous line.
        Arbitrary<String> huge = Arbitraries.of(Example.TEXT.repeat(Limits.MAX_FILE_BYTES / Example.TEXT.length() + 1),
                Example.TEXT + "actor big\n  get_page " + "U".repeat(Limits.MAX_FILE_BYTES) + "\n");
        return Arbitraries.frequencyOf(Tuple.of(30, edited), Tuple.of(1, huge));
    }

    @Property(tries = 200, seed = "20190208")
    void eachMutantParsesOrIsRejectedOnOneLine(@ForAll("mutants") String text) {
        Scenario s;
        try {
            s = ScenarioParser.parse(text, FILE);
        } catch (ScenarioException e) {
            assertTrue(ONE_LINE.matcher(e.getMessage()).matches(), "not one file:line: message line: " + e.getMessage());
            Statistics.collect("rejected");
            coverBoth();
            return;
        }
        Statistics.collect("parsed");
        coverBoth();
        TlaModel m = TlaEmitter.emit(s, Presets.all().get(0).design(), Scaling.DEFAULT,
                List.of(pincheck.property.Property.values()));
        assertFalse(m.module().isEmpty());
    }

    /** Both outcomes occur often: the mutants reach the error paths and the happy path. */
    private static void coverBoth() {
        Statistics.coverage(c -> {
            c.check("parsed").percentage(p -> p > 10);
            c.check("rejected").percentage(p -> p > 30);
        });
    }

    /** Four accepted mutants go all the way to SANY: whatever names and sites they hold, the module parses. */
    @Property(tries = 4, seed = "20190208")
    void acceptedMutantsEmitModulesSanyParses(@ForAll("accepted") Scenario s) throws Exception {
        Path dir = Files.createTempDirectory("pincheck-fuzz-sany-");
        TlaModel m = TlaEmitter.emit(s, Presets.all().get(0).design(), Scaling.DEFAULT,
                List.of(pincheck.property.Property.values()));
        Sany.Parse p = Sany.parse(m, SpecFiles.tlaDir(SpecFiles.home().orElseThrow()), dir);
        assertTrue(p.ok(), p.output() + "\n" + m.module());
    }

    @Provide
    Arbitrary<Scenario> accepted() {
        return mutants().map(t -> {
            try {
                return java.util.Optional.of(ScenarioParser.parse(t, FILE));
            } catch (ScenarioException e) {
                return java.util.Optional.<Scenario>empty();
            }
        }).filter(java.util.Optional::isPresent).map(java.util.Optional::get);
    }

    /** Random bytes as a file: read through the file path, as a user's file would be. */
    @Property(tries = 100, seed = "20190208")
    void randomBytesParseOrAreRejectedOnOneLine(@ForAll byte[] bytes) throws Exception {
        Path f = Files.createTempFile("fuzz", ".pin");
        try {
            byte[] head = Example.TEXT.getBytes(StandardCharsets.UTF_8);
            byte[] all = Arrays.copyOf(head, head.length + bytes.length);
            System.arraycopy(bytes, 0, all, head.length, bytes.length);
            Files.write(f, all);
            try {
                ScenarioParser.parse(f);
            } catch (ScenarioException e) {
                assertTrue(Pattern.matches("\\Q" + f + "\\E(:\\d+)?: [^\\n\\r]+", e.getMessage()), e.getMessage());
            }
        } finally {
            Files.delete(f);
        }
    }
}
