package pincheck.scenario;

import static pincheck.scenario.ArgKind.BIO;
import static pincheck.scenario.ArgKind.ITER;
import static pincheck.scenario.ArgKind.PAGE;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/** The kernel calls a scenario program may make; adding a call is one line here. */
public enum Op {
  IOV_ITER_GET_PAGES("iov_iter_get_pages", ITER),
  IOV_ITER_GET_PAGES_ALLOC("iov_iter_get_pages_alloc", ITER),
  IOV_ITER_EXTRACT_PAGES("iov_iter_extract_pages", ITER),
  IOV_ITER_PUT_PAGES("iov_iter_put_pages", ITER),
  GET_PAGE("get_page", PAGE),
  PUT_PAGE("put_page", PAGE),
  UNPIN_USER_PAGE("unpin_user_page", PAGE),
  // The 2019 name of unpin_user_page; kept so thread-era designs read as written.
  PUT_USER_PAGE("put_user_page", PAGE),
  BIO_ADD_PAGE("bio_add_page", BIO, PAGE),
  BIO_IOV_ITER_GET_PAGES("bio_iov_iter_get_pages", BIO, ITER),
  SUBMIT_BIO("submit_bio", BIO),
  WAIT_FOR_COMPLETION("wait_for_completion", BIO),
  MUNMAP("munmap", PAGE),
  TRUNCATE("truncate", PAGE),
  PAGE_MKCLEAN("page_mkclean", PAGE),
  FOLIO_MAYBE_DMA_PINNED("folio_maybe_dma_pinned", PAGE),
  WRITEPAGE("writepage", PAGE),
  END_PAGE_WRITEBACK("end_page_writeback", PAGE);

  private static final Tokens<Op> TOKENS = Tokens.of(values(), Op::cName);

  private final String cName;
  private final ImmutableList<ArgKind> args;

  Op(String cName, ArgKind... args) {
    this.cName = cName;
    this.args = ImmutableList.copyOf(args);
  }

  /** The kernel function name, which is also the scenario file token. */
  public String cName() {
    return cName;
  }

  public ImmutableList<ArgKind> args() {
    return args;
  }

  /** The expected form, e.g. "bio_add_page BIO PAGE". */
  public String usage() {
    StringBuilder form = new StringBuilder(cName);
    args.forEach(arg -> form.append(' ').append(arg.placeholder()));
    return form.toString();
  }

  public static Optional<Op> fromToken(String token) {
    return TOKENS.find(token);
  }

  static Tokens<Op> tokens() {
    return TOKENS;
  }
}
