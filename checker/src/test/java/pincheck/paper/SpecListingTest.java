package pincheck.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import pincheck.tla.Models;
import pincheck.tla.SpecFiles;

class SpecListingTest {
    private static final List<String> MODULE = List.of(
            "Other == 1",
            "(* Why Op exists.  *)",
            "\\* and how.",
            "RECURSIVE Op(_)",
            "Op(n) ==",
            "    IF n = 0 THEN 0",
            "    ELSE Op(n - 1)   ",
            "Next == Op(2)");

    @Test
    void cutsTheCommentAndIndentedBody() {
        SpecListing.Operator op = SpecListing.cut(MODULE, "M.tla", "Op").orElseThrow();
        assertEquals(List.of("(* Why Op exists.  *)", "\\* and how.", "RECURSIVE Op(_)", "Op(n) ==",
                "    IF n = 0 THEN 0", "    ELSE Op(n - 1)"), op.lines());
    }

    @Test
    void aNamePrefixIsNotTheOperator() {
        assertTrue(SpecListing.cut(MODULE, "M.tla", "Oth").isEmpty());
    }

    @Test
    void findsTheRealOperatorsAndNamesAMissingOne() throws Exception {
        Path tla = SpecFiles.tlaDir(Models.home());
        SpecListing.Operator unpin = SpecListing.find(tla, "PageRef.tla", "Unpin");
        assertTrue(unpin.lines().stream().anyMatch(l -> l.startsWith("Unpin(pg, isLarge, isZero) ==")));
        assertTrue(unpin.lines().stream().anyMatch(l -> l.contains("gup_put_folio")), "the comment above it");
        PaperException e = assertThrows(PaperException.class, () -> SpecListing.find(tla, "PageRef.tla", "NoSuchOp"));
        assertTrue(e.getMessage().contains("PageRef.tla: no operator NoSuchOp"), e.getMessage());
    }
}
