package pincheck.scenario;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code covers FILE:FUNCTION [FILE:FUNCTION ...]} lines: which kernel functions the
 * scenario models. Repeatable; a site may be named once per scenario.
 */
final class CoversLine {
  static final String FORM = "covers FILE:FUNCTION [FILE:FUNCTION ...]";
  private static final String EXAMPLE = "covers fs/direct-io.c:dio_refill_pages";
  // A relative path inside the kernel tree, of the characters kernel file names use.
  private static final Pattern KERNEL_FILE =
      Pattern.compile("[A-Za-z0-9_+-][A-Za-z0-9_.+-]*(/[A-Za-z0-9_+-][A-Za-z0-9_.+-]*)*\\.[ch]");
  private static final Pattern C_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final int MAX_PATH_LENGTH = 200;

  private final Map<CoveredSite, Integer> sites = new LinkedHashMap<>();

  /** Reads one covers line; a site named twice is an error pointing at the first. */
  void read(SourceLine line) throws ScenarioException {
    List<Token> args = line.args();
    if (args.isEmpty()) {
      throw line.error("covers names no site; write '" + EXAMPLE + "'");
    }
    for (Token t : args) {
      CoveredSite site = parse(line, t.text());
      Integer earlier = sites.putIfAbsent(site, line.number());
      if (earlier != null) {
        throw line.error(
            "site '" + site + "' is already covered on line " + earlier + "; name it once");
      }
    }
  }

  ImmutableList<CoveredSite> sites() {
    return ImmutableList.copyOf(sites.keySet());
  }

  private static CoveredSite parse(SourceLine line, String text) throws ScenarioException {
    int colon = text.lastIndexOf(':');
    if (colon < 0) {
      throw line.error(
          "'" + Names.show(text) + "' is not FILE:FUNCTION; write the kernel file and the"
              + " function it defines, e.g. '" + EXAMPLE + "'");
    }
    String file = text.substring(0, colon);
    String function = text.substring(colon + 1);
    // The pattern admits no segment starting with '.', so no "..": the path stays in the tree.
    if (file.length() > MAX_PATH_LENGTH || !KERNEL_FILE.matcher(file).matches()) {
      throw line.error(
          "'" + Names.show(file) + "' is not a kernel source file; write its path from the top"
              + " of the tree, ending in .c or .h (e.g. fs/direct-io.c)");
    }
    if (!C_IDENTIFIER.matcher(function).matches()
        || function.length() > Limits.MAX_IDENTIFIER_LENGTH) {
      throw line.error(
          "'" + Names.show(function) + "' is not a C function name; write the function after"
              + " the ':', e.g. '" + EXAMPLE + "'");
    }
    return new CoveredSite(file, function);
  }
}
