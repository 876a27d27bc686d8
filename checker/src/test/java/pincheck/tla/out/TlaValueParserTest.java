package pincheck.tla.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import pincheck.tla.out.TlaValue.Mapping;
import pincheck.tla.out.TlaValue.TlaBool;
import pincheck.tla.out.TlaValue.TlaFunction;
import pincheck.tla.out.TlaValue.TlaInt;
import pincheck.tla.out.TlaValue.TlaModelValue;
import pincheck.tla.out.TlaValue.TlaRecord;
import pincheck.tla.out.TlaValue.TlaSeq;
import pincheck.tla.out.TlaValue.TlaSet;
import pincheck.tla.out.TlaValue.TlaString;

class TlaValueParserTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "0", "-3", "2147483648", "TRUE", "FALSE", "U0", "ZERO_PAGE", "\"\"", "\"a \\\"q\\\" \\\\ b\"",
        "<<>>", "{}", "<<1, \"a\", TRUE>>", "{1, 2}", "[a |-> 1, b |-> <<>>]", "(1 :> 2 @@ 3 :> 4)",
        "(\"k\" :> 1)", "(U0 :> [refcount |-> -1, pins |-> {}] @@ U1 :> [refcount |-> 1, pins |-> {}])",
        "[call |-> \"inc\", args |-> <<\"a \\\"q\\\"\", {1, 2}>>]", "{<<>>, {}, [x |-> {<<(1 :> {TRUE})>>}]}"
    })
    void printedFormReadsBackToTheSameText(String tla) throws TlcOutputException {
        assertEquals(tla, TlaValueParser.parse(tla).toTla());
    }

    @Test
    void readsNestedValues() throws TlcOutputException {
        TlaValue v = TlaValueParser.parse(
                "[call |-> \"inc\", args |-> <<\"a \\\"q\\\" \\\\ b\", {1, 2}, -7>>, f |-> (0 :> \"a\" @@ 5 :> U1)]");
        assertEquals("inc", v.field("call").asString());
        ImmutableList<TlaValue> args = v.field("args").elements();
        assertEquals("a \"q\" \\ b", args.get(0).asString());
        assertEquals(new TlaSet(ImmutableList.of(new TlaInt(1), new TlaInt(2))), args.get(1));
        assertEquals(-7, args.get(2).asInt());
        TlaValue f = v.field("f");
        assertEquals(new Mapping(new TlaInt(5), new TlaModelValue("U1")), f.mappings().get(1));
    }

    @Test
    void readsValueWrappedOverLinesAsTlcPrintsIt() throws TlcOutputException {
        // Copied from invariant.exit12.out: TLC wraps long values with spaces inside brackets.
        String wrapped = String.join("\n",
                "( U0 :>",
                "      [ refcount |-> 0,",
                "        pins |->",
                "            { [ bio |-> \"bio0\",",
                "                site |-> \"fs/direct-io.c: dio_zero_block\",",
                "                long |-> <<1, 2, 3, 4, 5, 6, 7, 8, 9, 10>> ] } ] @@",
                "  U1 :> [refcount |-> 1, pins |-> {}] )");
        TlaValue v = TlaValueParser.parse(wrapped);
        assertEquals("(U0 :> [refcount |-> 0, pins |-> {[bio |-> \"bio0\", site |-> \"fs/direct-io.c: dio_zero_block\", "
                + "long |-> <<1, 2, 3, 4, 5, 6, 7, 8, 9, 10>>]}] @@ U1 :> [refcount |-> 1, pins |-> {}])", v.toTla());
        assertEquals("fs/direct-io.c: dio_zero_block", ((TlaFunction) v).apply(new TlaModelValue("U0")).orElseThrow()
                .field("pins").elements().get(0).field("site").asString());
    }

    @Test
    void readsEscapesAndKeepsRawCharacters() throws TlcOutputException {
        assertEquals("a\nb\tc\\\"", TlaValueParser.parse("\"a\\nb\\tc\\\\\\\"\"").asString());
        assertEquals("a{b}<<c,", TlaValueParser.parse("\"a{b}<<c,\"").asString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                          | expected a value but the text ended",
        "'<<1, 2'                    | expected ',' or '>>' but the text ended",
        "'{1 2}'                     | expected ',' or '}'",
        "'[a |-> 1'                  | record is not closed with ']'",
        "'[a = 1]'                   | expected '|->'",
        "'[a |-> 1, a |-> 2]'        | record field 'a' appears twice",
        "'[]'                        | expected a record field name",
        "'(1 :> 2'                   | function is not closed with ')'",
        "'(1 :> 2, 3 :> 4)'          | expected '@@' or ')'",
        "'()'                        | unexpected character ')'",
        "'\"abc'                     | string is not closed",
        "'\"a\\qb\"'                 | unknown escape '\\q'",
        "'-'                         | '-' not followed by digits",
        "'12ab'                      | malformed number or name",
        "'99999999999999999999'      | integer out of range",
        "'1..3'                      | unexpected text after the value",
        "'<<1>> <<2>>'               | unexpected text after the value",
        "'x = 1'                     | unexpected text after the value",
        "'@'                         | unexpected character '@'",
    })
    void malformedInputSaysWhatAndWhere(String input, String what) {
        TlcOutputException e = assertThrows(TlcOutputException.class, () -> TlaValueParser.parse(input));
        assertTrue(e.getMessage().contains(what), e.getMessage());
        assertTrue(e.getMessage().matches("(?s).*at line \\d+, column \\d+ \\(offset \\d+\\).*"), e.getMessage());
    }

    @Test
    void errorPositionCountsLines() {
        TlcOutputException e = assertThrows(TlcOutputException.class, () -> TlaValueParser.parse("[a |-> 1,\n  b |-> ]"));
        assertTrue(e.getMessage().contains("at line 2, column 9"), e.getMessage());
    }

    /** Property: toTla() then parse is the identity, also with whitespace and line breaks between tokens. */
    @Test
    void randomValuesRoundTrip() throws TlcOutputException {
        Random random = new Random(20240611L);
        for (int i = 0; i < 1000; i++) {
            TlaValue v = randomValue(random, 4);
            String printed = v.toTla();
            assertEquals(v, TlaValueParser.parse(printed), printed);
            String rewrapped = rewrap(printed, random);
            assertEquals(v, TlaValueParser.parse(rewrapped), rewrapped);
            assertEquals(printed, TlaValueParser.parse(rewrapped).toTla());
        }
    }

    private static TlaValue randomValue(Random r, int depth) {
        int kind = r.nextInt(depth <= 0 ? 4 : 8);
        return switch (kind) {
            case 0 -> new TlaInt(r.nextBoolean() ? r.nextInt(21) - 10 : r.nextLong());
            case 1 -> new TlaString(randomString(r));
            case 2 -> new TlaBool(r.nextBoolean());
            case 3 -> new TlaModelValue(randomName(r, true));
            case 4 -> new TlaSeq(randomList(r, depth));
            case 5 -> new TlaSet(randomList(r, depth));
            case 6 -> {
                Map<String, TlaValue> fields = new LinkedHashMap<>();
                int n = 1 + r.nextInt(4);
                while (fields.size() < n) {
                    fields.put(randomName(r, false), randomValue(r, depth - 1));
                }
                yield new TlaRecord(ImmutableMap.copyOf(fields));
            }
            default -> {
                ImmutableList.Builder<Mapping> pairs = ImmutableList.builder();
                int n = 1 + r.nextInt(3);
                for (int i = 0; i < n; i++) {
                    pairs.add(new Mapping(randomValue(r, depth - 1), randomValue(r, depth - 1)));
                }
                yield new TlaFunction(pairs.build());
            }
        };
    }

    private static ImmutableList<TlaValue> randomList(Random r, int depth) {
        ImmutableList.Builder<TlaValue> out = ImmutableList.builder();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            out.add(randomValue(r, depth - 1));
        }
        return out.build();
    }

    private static String randomString(Random r) {
        String alphabet = "ab Z09\"\\\n\t{}<>[](),:@|->=/";
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(8);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static String randomName(Random r, boolean modelValue) {
        String[] names = {"U0", "U1", "ZERO_PAGE", "bio0", "refcount", "a", "x_1", "pins", "mm_users"};
        String[] fields = {"a", "b", "refcount", "pins", "call", "args", "site", "x1", "_f"};
        return modelValue ? names[r.nextInt(names.length)] : fields[r.nextInt(fields.length)];
    }

    /** Inserts spaces and indented line breaks after some separators, as TLC's wrapping does. */
    private static String rewrap(String printed, Random r) {
        StringBuilder sb = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            sb.append(c);
            if (c == '"' && !escaped(printed, i)) {
                inString = !inString;
            }
            boolean tokenEnds = " ,[{(".indexOf(c) >= 0 || (c == '<' && ltRun(printed, i) % 2 == 0)
                    || (i + 1 < printed.length() && "]})".indexOf(printed.charAt(i + 1)) >= 0);
            if (!inString && tokenEnds && r.nextInt(3) == 0) {
                sb.append(r.nextBoolean() ? "\n" + " ".repeat(r.nextInt(12)) : "  ");
            }
        }
        return sb.toString();
    }

    /** Length of the run of '<' ending at i; an even length ends a "<<" token. */
    private static int ltRun(String s, int i) {
        int n = 0;
        for (int j = i; j >= 0 && s.charAt(j) == '<'; j--) {
            n++;
        }
        return n;
    }

    private static boolean escaped(String s, int i) {
        int backslashes = 0;
        for (int j = i - 1; j >= 0 && s.charAt(j) == '\\'; j--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
