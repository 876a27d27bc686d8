package pincheck.scenario;

import static java.util.Objects.requireNonNull;

/** A scenario file that cannot be used, reported as one "FILE:LINE: problem; fix" line. */
public final class ScenarioException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String detail;

  /** {@code line} is 0 when the problem is not on one line (missing file, no actors). */
  public ScenarioException(String file, int line, String detail) {
    super(format(requireNonNull(file), line, oneLine(requireNonNull(detail))));
    this.file = file;
    this.line = Math.max(0, line);
    this.detail = oneLine(detail);
  }

  public String file() {
    return file;
  }

  /** The 1-based line, or 0 when the problem is not line-specific. */
  public int line() {
    return line;
  }

  /** The message without the "FILE:LINE: " prefix. */
  public String detail() {
    return detail;
  }

  private static String format(String file, int line, String detail) {
    // a file name may hold a line break too: shown escaped, the message stays one line
    String shown = file.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    return line > 0 ? shown + ":" + line + ": " + detail : shown + ": " + detail;
  }

  // Messages are one line so tools and editors can jump to FILE:LINE.
  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n]+", " ");
  }
}
