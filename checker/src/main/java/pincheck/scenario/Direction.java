package pincheck.scenario;

import java.util.Optional;

/** Which way data flows through an iterator's pages. */
public enum Direction {
  /** Data is read from the pages (e.g. an O_DIRECT write). */
  SOURCE("source"),
  /** Data is written into the pages (e.g. an O_DIRECT read). */
  DEST("dest");

  private static final Tokens<Direction> TOKENS = Tokens.of(values(), Direction::token);

  private final String token;

  Direction(String token) {
    this.token = token;
  }

  public String token() {
    return token;
  }

  public static Optional<Direction> fromToken(String token) {
    return TOKENS.find(token);
  }

  static Tokens<Direction> tokens() {
    return TOKENS;
  }
}
