package pincheck.scenario;

import static java.util.Objects.requireNonNull;

/**
 * A kernel function a scenario models, from a {@code covers FILE:FUNCTION} line: FILE is a
 * path in the kernel tree ({@code fs/direct-io.c}), FUNCTION a C function defined there.
 * The call-site audit ({@code pincheck audit}) joins its rows on this pair.
 */
public record CoveredSite(String file, String function) {
  public CoveredSite {
    requireNonNull(file);
    requireNonNull(function);
  }

  /** {@code fs/direct-io.c:dio_refill_pages}, as written in the scenario. */
  @Override
  public String toString() {
    return file + ":" + function;
  }
}
