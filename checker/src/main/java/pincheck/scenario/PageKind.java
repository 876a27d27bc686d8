package pincheck.scenario;

import java.util.Optional;

/** What owns a page; decides which iterators may hold it and how the model treats it. */
public enum PageKind {
  /** Anonymous user page, mapped. */
  USER("user"),
  /** File page in the page cache, mapped by the user. */
  PAGECACHE("pagecache"),
  /** ZERO_PAGE. */
  ZERO("zero"),
  /** Kernel-owned page, e.g. a pipe buffer or a bvec page. */
  KERNEL("kernel");

  private static final Tokens<PageKind> TOKENS = Tokens.of(values(), PageKind::token);

  private final String token;

  PageKind(String token) {
    this.token = token;
  }

  public String token() {
    return token;
  }

  public static Optional<PageKind> fromToken(String token) {
    return TOKENS.find(token);
  }

  static Tokens<PageKind> tokens() {
    return TOKENS;
  }
}
