package pincheck.scenario;

import java.util.Optional;

/** The iov_iter type; user-backed ones are GUP'd or pinned, the others hold kernel pages. */
public enum IterKind {
  IOVEC("iovec", true),
  UBUF("ubuf", true),
  BVEC("bvec", false),
  KVEC("kvec", false),
  PIPE("pipe", false);

  private static final Tokens<IterKind> TOKENS = Tokens.of(values(), IterKind::token);

  private final String token;
  private final boolean userBacked;

  IterKind(String token, boolean userBacked) {
    this.token = token;
    this.userBacked = userBacked;
  }

  public String token() {
    return token;
  }

  /** True for iovec and ubuf, whose pages come from user address space. */
  public boolean userBacked() {
    return userBacked;
  }

  /**
   * Whether an iterator of this kind can hold a page of the given kind: user memory holds no
   * kernel page; a bvec holds any page (user pages too, as splice from a vmsplice'd pipe into
   * O_DIRECT builds one, fs/splice.c:iter_file_splice_write); kvec and pipe pages are the kernel's.
   */
  public boolean canHold(PageKind page) {
    if (userBacked) {
      return page != PageKind.KERNEL;
    }
    return this == BVEC || page == PageKind.KERNEL;
  }

  public static Optional<IterKind> fromToken(String token) {
    return TOKENS.find(token);
  }

  static Tokens<IterKind> tokens() {
    return TOKENS;
  }
}
