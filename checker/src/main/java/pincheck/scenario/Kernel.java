package pincheck.scenario;

import java.util.Optional;

/**
 * Whose code a scenario's calls follow: one of the two kernels whose source is on these
 * machines (Debian's linux-source-6.1 and linux-source-6.12), or the path as the 2019 thread
 * describes it, which is what the thread's proposals change.
 */
public enum Kernel {
  /** The 2019 discussion's description of the path (no source tree: the proposals' base). */
  THREAD_2019("2019", "the path as the 2019 thread describes it (the proposals' base)"),
  /** Debian linux-source-6.1 (6.1.192): before the 2023 conversion. */
  LINUX_6_1("6.1", "linux-6.1 (Debian linux-source-6.1, 6.1.192), before the 2023 conversion"),
  /** Debian linux-source-6.12 (6.12.117): after it. */
  LINUX_6_12("6.12", "linux-6.12 (Debian linux-source-6.12, 6.12.117), after the 2023 conversion");

  private static final Tokens<Kernel> TOKENS = Tokens.of(values(), Kernel::token);

  private final String token;
  private final String describe;

  Kernel(String token, String describe) {
    this.token = token;
    this.describe = describe;
  }

  /** As written in a scenario and passed to the TLA+ spec's KERNEL constant. */
  public String token() {
    return token;
  }

  public String describe() {
    return describe;
  }

  /** Whether Debian packages this kernel's source (a test checks the sites against it). */
  public boolean hasSource() {
    return this != THREAD_2019;
  }

  /** The source tarball Debian's linux-source-X package installs. */
  public String tarball() {
    return "/usr/src/linux-source-" + token + ".tar.xz";
  }

  public static Optional<Kernel> fromToken(String token) {
    return TOKENS.find(token);
  }

  static Tokens<Kernel> tokens() {
    return TOKENS;
  }
}
