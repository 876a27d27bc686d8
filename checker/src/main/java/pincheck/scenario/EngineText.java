package pincheck.scenario;

import java.util.regex.Pattern;

/**
 * User text that an engine input carries outside a string literal: only in a comment, and only
 * in characters that cannot end one or start anything else (a file name with a line break and
 * "fact { 1 = 0 }" in it stays one comment line).
 */
public final class EngineText {
  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9 ._/+:=,-]");

  private EngineText() {}

  /** The text with every other character written as '?'. */
  public static String comment(String text) {
    return UNSAFE.matcher(text).replaceAll("?");
  }
}
