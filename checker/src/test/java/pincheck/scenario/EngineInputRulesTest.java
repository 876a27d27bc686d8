package pincheck.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * What the parser refuses up front so no engine fails on it late (issue 15, item 8): a call site
 * TLA+ cannot hold, names the model gives its own contexts and reference sources; and a file
 * name with a line break still gives a one-line message.
 */
class EngineInputRulesTest {
    private static final String HEAD = "scenario x \"x\"\npage U0 user\niter it iovec U0\nbio b write end_io e\n";

    private static String refused(String text, String file) {
        return assertThrows(ScenarioException.class, () -> ScenarioParser.parse(text, file)).getMessage();
    }

    @Test
    void aCallSiteOutsideAsciiIsRefusedAtItsLine() {
        assertEquals("t.pin:6: call site 'fs/direct-io.c:dio \uD83D\uDE00' holds '\uD83D\uDE00' (U+1F600), which TLA+"
                + " strings cannot; write it in ASCII without '`', as kernel source locations are (e.g. '@ fs/direct-io.c:dio_zero_block')",
                refused(HEAD + "actor a\n  iov_iter_get_pages it  @ fs/direct-io.c:dio \uD83D\uDE00\n", "t.pin"));
        assertEquals("t.pin:6: call site 'fs/x.c:f é' holds 'é' (U+00E9), which TLA+ strings cannot;"
                + " write it in ASCII without '`', as kernel source locations are (e.g. '@ fs/direct-io.c:dio_zero_block')",
                refused(HEAD + "actor a\n  iov_iter_get_pages it  @ fs/x.c:f é\n", "t.pin"));
    }

    @Test
    void aBackquoteIsRefusedTooSanyReadsItAsTheStartOfAComment() {
        assertEquals("t.pin:6: call site 'fs/x.c:`f`' holds '`' (U+0060), which TLA+ strings cannot; write it in"
                + " ASCII without '`', as kernel source locations are (e.g. '@ fs/direct-io.c:dio_zero_block')",
                refused(HEAD + "actor a\n  iov_iter_get_pages it  @ fs/x.c:`f`\n", "t.pin"));
    }

    @Test
    void theModelsOwnContextsAndSourcesAreNotNames() {
        assertEquals("t.pin:5: 'block' is reserved for the block layer, which the model's bio merges run as; pick"
                + " another name", refused(HEAD + "actor block\n  iov_iter_get_pages it\n", "t.pin"));
        assertEquals("t.pin:3: iterator name 'fs' is how the model names the filesystem's own ZERO_PAGE reference"
                + " (dio_zero_block); pick another name", refused(HEAD.replace(" it ", " fs ")
                + "actor a\n  iov_iter_get_pages fs\n", "t.pin"));
    }

    @Test
    void aFileNameWithALineBreakStaysOnOneLine() {
        assertEquals("a\\nfact { 1 = 0 }.pin:5: 'block' is reserved for the block layer, which the model's bio merges"
                + " run as; pick another name", refused(HEAD + "actor block\n  iov_iter_get_pages it\n",
                "a\nfact { 1 = 0 }.pin"));
    }
}
