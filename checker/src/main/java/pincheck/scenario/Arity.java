package pincheck.scenario;

/** Checks how many words follow a keyword or call, naming the form to write. */
final class Arity {
  static final int UNBOUNDED = Integer.MAX_VALUE;

  private Arity() {}

  static void check(SourceLine line, int min, int max, String form) throws ScenarioException {
    int count = line.args().size();
    if (count < min || count > max) {
      throw line.error(
          line.keyword() + " takes " + expected(min, max) + ", got " + count + "; write '" + form
              + "'");
    }
  }

  private static String expected(int min, int max) {
    if (max == UNBOUNDED) {
      return "at least " + min + " arguments";
    }
    if (min == max) {
      return min + (min == 1 ? " argument" : " arguments");
    }
    return min + " to " + max + " arguments";
  }
}
