package pincheck.scenario;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;

/** The bio flags that decide bio_release_pages(), each in the kernels that have it. */
public enum BioFlag {
  /** include/linux/blk_types.h, 2019 (v5.1) to v6.4: the bio's pages carry no reference. */
  BIO_NO_PAGE_REF(ImmutableSet.of(Kernel.THREAD_2019, Kernel.LINUX_6_1)),
  /** include/linux/blk_types.h since v6.4 ("block: Add BIO_PAGE_PINNED ..."): unpin on release. */
  BIO_PAGE_PINNED(ImmutableSet.of(Kernel.LINUX_6_12));

  private static final Tokens<BioFlag> TOKENS = Tokens.of(values(), BioFlag::name);

  private final ImmutableSet<Kernel> kernels;

  BioFlag(ImmutableSet<Kernel> kernels) {
    this.kernels = kernels;
  }

  public ImmutableSet<Kernel> kernels() {
    return kernels;
  }

  public static Optional<BioFlag> fromToken(String token) {
    return TOKENS.find(token);
  }

  static Tokens<BioFlag> tokens() {
    return TOKENS;
  }
}
