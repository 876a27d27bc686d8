package pincheck.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CallSequenceTest {
    private static final String TRACE = """
            # NoUnderflow violated: x under y

            ```
              1. dio  bio_add_page(b, Z)      @ fs/direct-io.c: dio_zero_block    -- Z._refcount 1 -> 2; b += Z (get)
              2. dio  submit_bio(b)           @ fs/direct-io.c: dio_bio_submit
            => NoUnderflow violated: Z in step 2.
            ```

            Reproduce: `./pincheck check a.pin --design y`
            """;

    @Test
    void readsStepsVerdictAndReproduceLine() throws Exception {
        CallSequence s = CallSequence.parse("t.md", TRACE);
        assertEquals(new CallSequence.Step("1", "dio", "bio_add_page(b, Z)", "fs/direct-io.c: dio_zero_block",
                "Z._refcount 1 -> 2; b += Z (get)"), s.steps().get(0));
        assertEquals(new CallSequence.Step("2", "dio", "submit_bio(b)", "fs/direct-io.c: dio_bio_submit", ""),
                s.steps().get(1));
        assertEquals("NoUnderflow violated: Z in step 2.", s.verdict());
        assertEquals("`./pincheck check a.pin --design y`", s.reproduce());
    }

    @Test
    void aTraceWithoutStepsIsAnError() {
        assertThrows(PaperException.class, () -> CallSequence.parse("t.md", "# nothing\n"));
    }
}
