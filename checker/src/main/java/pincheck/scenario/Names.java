package pincheck.scenario;

import com.google.common.collect.ImmutableMap;
import java.util.regex.Pattern;

/** The spelling rules for names, and how user text is echoed back in messages. */
final class Names {
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private static final Pattern SCENARIO_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern C_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  // The contexts the model adds (irq, workqueue, the block layer merging bios); a user name would collide.
  private static final ImmutableMap<String, String> RESERVED = ImmutableMap.of(
      "irq", "the built-in irq context the model adds itself",
      "workqueue", "the built-in workqueue context the model adds itself",
      "block", "the block layer, which the model's bio merges run as");
  // Where a reference came from, besides an iterator: an iterator so named would read as these.
  private static final ImmutableMap<String, String> SOURCES = ImmutableMap.of(
      "fs", "the filesystem's own ZERO_PAGE reference (dio_zero_block)",
      "get_page", "a get_page() reference");
  private static final int SHOWN_LENGTH = 40;

  private Names() {}

  /** Checks a page, iter, bio or actor name. */
  static String checkName(SourceLine line, Token token) throws ScenarioException {
    String name = token.text();
    if (!NAME.matcher(name).matches()) {
      throw line.error(
          "'" + show(name) + "' is not a valid name; names start with a letter and contain only"
              + " letters, digits and '_'");
    }
    if (name.length() > Limits.MAX_NAME_LENGTH) {
      throw line.error(
          "name '" + show(name) + "' is " + name.length() + " characters long; names are at most "
              + Limits.MAX_NAME_LENGTH + " characters, shorten it");
    }
    if (RESERVED.containsKey(name)) {
      throw line.error("'" + name + "' is reserved for " + RESERVED.get(name) + "; pick another name");
    }
    return name;
  }

  /** An iterator's name: also never a name the model gives another source of references. */
  static String checkIterName(SourceLine line, String name) throws ScenarioException {
    if (SOURCES.containsKey(name)) {
      throw line.error("iterator name '" + name + "' is how the model names " + SOURCES.get(name)
          + "; pick another name");
    }
    return name;
  }

  static boolean isValidName(String text) {
    return NAME.matcher(text).matches() && text.length() <= Limits.MAX_NAME_LENGTH;
  }

  static String checkScenarioName(SourceLine line, Token token) throws ScenarioException {
    String name = token.text();
    if (!SCENARIO_NAME.matcher(name).matches()) {
      throw line.error(
          "'" + show(name) + "' is not a valid scenario name; use lower-case letters, digits and"
              + " '-', starting with a letter or digit (e.g. dio-zero-page)");
    }
    if (name.length() > Limits.MAX_SCENARIO_NAME_LENGTH) {
      throw line.error(
          "scenario name '" + show(name) + "' is longer than " + Limits.MAX_SCENARIO_NAME_LENGTH
              + " characters; shorten it");
    }
    return name;
  }

  static String checkFunction(SourceLine line, Token token) throws ScenarioException {
    String name = token.text();
    if (!C_IDENTIFIER.matcher(name).matches()
        || name.length() > Limits.MAX_IDENTIFIER_LENGTH) {
      throw line.error(
          "'" + show(name) + "' is not a C function name; write the bio's end_io function,"
              + " e.g. dio_bio_end_io");
    }
    return name;
  }

  /** User text as quoted in a message, cut short so a huge word cannot flood the output. */
  static String show(String text) {
    return text.length() <= SHOWN_LENGTH ? text : text.substring(0, SHOWN_LENGTH) + "...";
  }
}
