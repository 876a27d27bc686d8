package pincheck.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Any input either parses or fails with one ScenarioException line: never another exception. */
class ScenarioRobustnessTest {
  private static final int CASES = 2000;
  private static final long SEED = 20190208L;
  private static final Pattern WITH_LINE = Pattern.compile("^[^:]+:\\d+: .+");
  private static final Pattern WITHOUT_LINE = Pattern.compile("^[^:]+: .+");
  private static final String[] WORDS = {
    "scenario", "page", "iter", "bio", "actor", "user", "zero", "kernel", "pagecache", "large",
    "small", "huge", "iovec", "bvec", "pipe", "source", "dest", "read", "write", "end_io",
    "bio_add_page", "submit_bio", "get_page", "wait_for_completion", "U0", "Z", "P0", "it", "b",
    "irq", "workqueue", "@", "#", "\"", "\"x\"", "0", "-1", "99999999999999999999", "U-0", ""
  };
  private static final String[] ODD_TEXT = {
    "\u0000", "\u0007", "\t", "\r", "\u00e9", "\u202e", "\uFEFF", "\uD800", "\uDC00",
    "\uD83D\uDE00", "\u00A0", "\u2028", "\"", "#", "@", "\\", ":", "\u0085"
  };

  @Test
  void mutatedExamplesParseOrFailWithOneLineMessage(@TempDir Path dir) throws Exception {
    Random random = new Random(SEED);
    int parsed = 0;
    int rejected = 0;
    for (int i = 0; i < CASES; i++) {
      String text = mutate(Example.TEXT, random);
      boolean viaFile = i % 10 == 0;
      try {
        if (viaFile) {
          ScenarioParser.parse(writeMangled(dir, i, text, random));
        } else {
          ScenarioParser.parse(text, Example.FILE);
        }
        parsed++;
      } catch (ScenarioException e) {
        String message = e.getMessage();
        boolean wellFormed =
            !message.contains("\n") && !message.contains("\r")
                && (WITH_LINE.matcher(message).matches() || WITHOUT_LINE.matcher(message).matches());
        assertTrue(wellFormed, () -> "case " + describe(text) + " gave malformed message " + message);
        rejected++;
      } catch (RuntimeException | Error e) {
        fail("case " + describe(text) + " threw " + e, e);
      }
    }
    // Both outcomes occur, so the mutations exercise the error paths and the happy path.
    assertTrue(parsed > 50, "parsed " + parsed);
    assertTrue(rejected > 500, "rejected " + rejected);
  }

  private static String mutate(String text, Random random) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int mutations = random.nextInt(4);
    for (int m = 0; m < mutations; m++) {
      int at = random.nextInt(lines.size());
      switch (random.nextInt(9)) {
        case 0 -> lines.remove(at);
        case 1 -> lines.add(at, lines.get(at));
        case 2 -> swap(lines, at, random.nextInt(lines.size()));
        case 3 -> lines.set(at, mutateTokens(lines.get(at), random));
        case 4 -> lines.set(at, insert(lines.get(at), ODD_TEXT[random.nextInt(ODD_TEXT.length)], random));
        case 5 -> lines.set(at, replaceToken(lines.get(at), longName(random), random));
        case 6 -> lines.set(at, insert(lines.get(at), randomChars(random), random));
        case 7 -> lines.add(at, lines.get(random.nextInt(lines.size())).replace("U0", "U" + random.nextInt(80)));
        default -> lines.set(at, lines.get(at).substring(0, random.nextInt(lines.get(at).length() + 1)));
      }
      if (lines.isEmpty()) {
        lines.add("");
      }
    }
    return String.join("\n", lines);
  }

  private static String mutateTokens(String line, Random random) {
    List<String> tokens = new ArrayList<>(Arrays.asList(line.trim().split("\\s+")));
    int at = random.nextInt(tokens.size());
    switch (random.nextInt(4)) {
      case 0 -> tokens.remove(at);
      case 1 -> tokens.add(at, tokens.get(at));
      case 2 -> swap(tokens, at, random.nextInt(tokens.size()));
      default -> tokens.set(at, WORDS[random.nextInt(WORDS.length)]);
    }
    return String.join(" ", tokens);
  }

  private static String replaceToken(String line, String word, Random random) {
    List<String> tokens = new ArrayList<>(Arrays.asList(line.trim().split("\\s+")));
    tokens.set(random.nextInt(tokens.size()), word);
    return String.join(" ", tokens);
  }

  private static String insert(String line, String text, Random random) {
    int at = random.nextInt(line.length() + 1);
    return line.substring(0, at) + text + line.substring(at);
  }

  private static String longName(Random random) {
    return "U" + "x".repeat(random.nextInt(3) == 0 ? 100_000 : 1 + random.nextInt(64));
  }

  private static String randomChars(Random random) {
    StringBuilder out = new StringBuilder();
    int length = 1 + random.nextInt(8);
    for (int i = 0; i < length; i++) {
      out.append((char) random.nextInt(random.nextBoolean() ? 128 : 0x10000));
    }
    return out.toString();
  }

  private static <T> void swap(List<T> list, int a, int b) {
    T first = list.get(a);
    list.set(a, list.get(b));
    list.set(b, first);
  }

  // Raw bytes reach the UTF-8 decoder only through a file, so mangle some of them there.
  private static Path writeMangled(Path dir, int index, String text, Random random)
      throws Exception {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > 0 && random.nextBoolean()) {
      bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
    }
    Path file = dir.resolve("case" + index + ".pin");
    Files.write(file, bytes);
    return file;
  }

  private static String describe(String text) {
    String shown = text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
    return "<<" + shown + ">>";
  }
}
