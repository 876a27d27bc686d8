package pincheck.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code covers FILE:FUNCTION ...}: the kernel functions a scenario models, for the audit. */
class CoversLineTest {
  private static final String FILE = "c.pin";

  private static String scenario(String... covers) {
    StringBuilder b = new StringBuilder("scenario x \"d\"\n");
    for (String c : covers) {
      b.append(c).append('\n');
    }
    return b.append("page U0 user\nactor a\n  get_page U0\n  put_page U0\n").toString();
  }

  @Test
  void sitesInOrderAcrossRepeatedLines() throws Exception {
    Scenario s = ScenarioParser.parse(scenario(
        "covers fs/direct-io.c:dio_refill_pages fs/direct-io.c:dio_zero_block  # the 2019 path",
        "covers fs/nfs/blocklayout/blocklayout.c:do_add_page_to_bio"), FILE);
    assertEquals(List.of("fs/direct-io.c:dio_refill_pages", "fs/direct-io.c:dio_zero_block",
            "fs/nfs/blocklayout/blocklayout.c:do_add_page_to_bio"),
        s.covers().stream().map(CoveredSite::toString).toList());
    assertEquals(new CoveredSite("fs/direct-io.c", "dio_zero_block"), s.covers().get(1));
    assertEquals(List.of("fs/direct-io.c:dio_zero_block"),
        s.withFile("elsewhere.pin").covers().subList(1, 2).stream().map(CoveredSite::toString).toList());
  }

  @Test
  void noCoversLineIsNoSite() throws Exception {
    assertTrue(ScenarioParser.parse(scenario(), FILE).covers().isEmpty());
  }

  @Test
  void badSitesNameTheLineAndTheFix() {
    fails(2, "covers names no site; write 'covers fs/direct-io.c:dio_refill_pages'", "covers");
    fails(2, "'dio_refill_pages' is not FILE:FUNCTION", "covers dio_refill_pages");
    fails(3, "'../etc/passwd.c' is not a kernel source file", "covers fs/a.c:f", "covers ../etc/passwd.c:f");
    fails(2, "'/fs/a.c' is not a kernel source file", "covers /fs/a.c:f");
    fails(2, "'fs/Makefile' is not a kernel source file", "covers fs/Makefile:f");
    fails(2, "'2f' is not a C function name", "covers fs/a.c:2f");
    fails(2, "'' is not a C function name", "covers fs/a.c:");
    fails(2, "'@ SITE' belongs on call lines only", "covers fs/a.c:f @ fs/a.c:g");
    fails(2, "unexpected quoted text", "covers \"fs/a.c:f\"");
  }

  @Test
  void aSiteNamedTwiceIsAnError() {
    fails(3, "site 'fs/a.c:f' is already covered on line 2; name it once",
        "covers fs/a.c:f fs/b.c:g", "covers fs/a.c:f");
  }

  private static void fails(int line, String phrase, String... covers) {
    ScenarioException e =
        assertThrows(ScenarioException.class, () -> ScenarioParser.parse(scenario(covers), FILE));
    assertTrue(e.getMessage().startsWith(FILE + ":" + line + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(phrase), () -> "expected '" + phrase + "' in " + e.getMessage());
  }
}
