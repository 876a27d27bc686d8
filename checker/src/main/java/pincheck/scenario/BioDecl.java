package pincheck.scenario;

import static java.util.Objects.requireNonNull;

/**
 * A {@code bio NAME read|write end_io FUNC [deferred|no-release] [as-taken]} line. {@code asTaken}:
 * the end_io (or its work item) gives each page back the way its filler took it with a loop of
 * its own (6.1 fs/smb/client/file.c:cifs_uncached_readdata_release puts, 6.12
 * fs/netfs/objects.c:netfs_free_request unpins what was pinned), not through bio_release_pages().
 */
public record BioDecl(String name, BioOp op, String endIo, BioRelease release, boolean asTaken, int line) {
  public BioDecl {
    requireNonNull(name);
    requireNonNull(op);
    requireNonNull(endIo);
    requireNonNull(release);
  }

  /** A bio whose end_io releases through bio_release_pages() (or as the design's end_io says). */
  public BioDecl(String name, BioOp op, String endIo, BioRelease release, int line) {
    this(name, op, endIo, release, false, line);
  }
}
