package pincheck.scenario;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/** A non-blank line after comments are removed: its words and its optional "@ SITE". */
record SourceLine(String file, int number, ImmutableList<Token> tokens, Optional<String> site) {

  /** The first word: a keyword or a call name. */
  String keyword() {
    return tokens.get(0).text();
  }

  /** The words after the keyword. */
  ImmutableList<Token> args() {
    return tokens.subList(1, tokens.size());
  }

  ScenarioException error(String detail) {
    return new ScenarioException(file, number, detail);
  }
}
