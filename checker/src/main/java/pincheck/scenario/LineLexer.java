package pincheck.scenario;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/** Splits one raw line into words, a quoted description and an optional "@ SITE". */
final class LineLexer {
  private LineLexer() {}

  /** Empty for blank and comment-only lines. */
  static Optional<SourceLine> lex(String file, int number, String raw) throws ScenarioException {
    ImmutableList.Builder<Token> tokens = ImmutableList.builder();
    Optional<String> site = Optional.empty();
    int i = 0;
    int n = raw.length();
    while (i < n) {
      char c = raw.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
      } else if (c == '#') {
        break;
      } else if (c == '@') {
        site = Optional.of(site(file, number, raw, i + 1));
        break;
      } else if (c == '"') {
        int close = raw.indexOf('"', i + 1);
        if (close < 0) {
          throw new ScenarioException(
              file, number, "unterminated quote; close the description with '\"'");
        }
        tokens.add(new Token(raw.substring(i + 1, close), true));
        i = close + 1;
        if (i < n && !isSeparator(raw.charAt(i))) {
          throw new ScenarioException(
              file, number, "text right after the closing quote; put a space after '\"'");
        }
      } else {
        int start = i;
        while (i < n && !isSeparator(raw.charAt(i)) && raw.charAt(i) != '"') {
          i++;
        }
        if (i < n && raw.charAt(i) == '"') {
          throw new ScenarioException(
              file,
              number,
              "stray '\"' after '"
                  + Names.show(raw.substring(start, i))
                  + "'; only the scenario description is quoted, as a separate word");
        }
        tokens.add(new Token(raw.substring(start, i), false));
      }
    }
    ImmutableList<Token> words = tokens.build();
    if (words.isEmpty()) {
      if (site.isPresent()) {
        throw new ScenarioException(
            file, number, "'@ SITE' without a call; put the site at the end of a call line");
      }
      return Optional.empty();
    }
    return Optional.of(new SourceLine(file, number, words, site));
  }

  // '#' and '@' end a word so "U0@fs/x.c:f" and "U0#comment" read as a user would expect.
  private static boolean isSeparator(char c) {
    return c == ' ' || c == '\t' || c == '#' || c == '@';
  }

  private static String site(String file, int number, String raw, int from)
      throws ScenarioException {
    int comment = raw.indexOf('#', from);
    String site = raw.substring(from, comment < 0 ? raw.length() : comment).trim();
    if (site.isEmpty()) {
      throw new ScenarioException(
          file,
          number,
          "empty call site after '@'; write a kernel source location such as"
              + " '@ fs/direct-io.c:dio_zero_block' or drop the '@'");
    }
    // Sites reach both engines as string literals; SANY's lexer fails on '`' and on an emoji.
    for (int k = 0; k < site.length(); k++) {
      char c = site.charAt(k);
      if (c < 0x20 || c > 0x7E || c == '`') {
        throw new ScenarioException(
            file,
            number,
            String.format(
                "call site '%s' holds '%s' (U+%04X), which TLA+ strings cannot; write it in ASCII"
                    + " without '`', as kernel source locations are (e.g. '@ fs/direct-io.c:dio_zero_block')",
                Names.show(site), new String(Character.toChars(site.codePointAt(k))), site.codePointAt(k)));
      }
    }
    return site;
  }
}
