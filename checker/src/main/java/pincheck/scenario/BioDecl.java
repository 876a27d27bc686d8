package pincheck.scenario;

import static java.util.Objects.requireNonNull;

/** A {@code bio NAME read|write end_io FUNC [deferred|no-release]} line. */
public record BioDecl(String name, BioOp op, String endIo, BioRelease release, int line) {
  public BioDecl {
    requireNonNull(name);
    requireNonNull(op);
    requireNonNull(endIo);
    requireNonNull(release);
  }
}
