package pincheck.scenario;

import java.util.Optional;

/** "Did you mean" for misspelled names: keywords and calls, presets and knobs, subcommands. */
public final class Suggest {
  private static final int MAX_DISTANCE = 2;
  private static final int MAX_COMPARED_LENGTH = 64;

  private Suggest() {}

  public static Optional<String> closest(String word, Iterable<String> candidates) {
    if (word.length() > MAX_COMPARED_LENGTH) {
      return Optional.empty();
    }
    String best = null;
    int bestDistance = MAX_DISTANCE + 1;
    for (String candidate : candidates) {
      int distance = distance(word, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** " (did you mean 'x'?)" or "". */
  public static String hint(String word, Iterable<String> candidates) {
    return closest(word, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
