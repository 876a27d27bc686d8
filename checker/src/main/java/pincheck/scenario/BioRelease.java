package pincheck.scenario;

import java.util.Optional;

/** Who releases a bio's pages, as the bio line says after its end_io. */
public enum BioRelease {
  /** The end_io releases them, the way the design says (the default). */
  END_IO("end_io"),
  /** The end_io queues the release to a workqueue (cifs). */
  DEFERRED("deferred"),
  /** The end_io releases nothing; the submitter balances (nfs/direct.c, blocklayout). */
  NO_RELEASE("no-release");

  private static final Tokens<BioRelease> TOKENS = Tokens.of(values(), BioRelease::token);

  private final String token;

  BioRelease(String token) {
    this.token = token;
  }

  public String token() {
    return token;
  }

  public static Optional<BioRelease> fromToken(String token) {
    return TOKENS.find(token);
  }

  static Tokens<BioRelease> tokens() {
    return TOKENS;
  }
}
