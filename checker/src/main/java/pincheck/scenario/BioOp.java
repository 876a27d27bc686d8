package pincheck.scenario;

import java.util.Optional;

/** The bio's data direction, as REQ_OP_READ / REQ_OP_WRITE. */
public enum BioOp {
  READ("read"),
  WRITE("write");

  private static final Tokens<BioOp> TOKENS = Tokens.of(values(), BioOp::token);

  private final String token;

  BioOp(String token) {
    this.token = token;
  }

  public String token() {
    return token;
  }

  public static Optional<BioOp> fromToken(String token) {
    return TOKENS.find(token);
  }

  static Tokens<BioOp> tokens() {
    return TOKENS;
  }
}
