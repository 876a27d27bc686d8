package pincheck.scenario;

import java.util.Optional;

/** Whether a page is a small (order-0) folio or part of a large folio. */
public enum FolioSize {
  SMALL("small"),
  LARGE("large");

  private static final Tokens<FolioSize> TOKENS = Tokens.of(values(), FolioSize::token);

  private final String token;

  FolioSize(String token) {
    this.token = token;
  }

  public String token() {
    return token;
  }

  public static Optional<FolioSize> fromToken(String token) {
    return TOKENS.find(token);
  }

  static Tokens<FolioSize> tokens() {
    return TOKENS;
  }
}
