package pincheck.scenario;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/** Entry point: reads a scenario file into a validated, immutable {@link Scenario}. */
public final class ScenarioParser {
  private ScenarioParser() {}

  /** Parses a file; messages name it as the path was given. */
  public static Scenario parse(Path file) throws ScenarioException {
    String name = requireNonNull(file).toString();
    return ScenarioReader.read(name, SourceText.read(file, name));
  }

  /** Parses text already in memory; {@code fileName} is used in messages and {@code file()}. */
  public static Scenario parse(String text, String fileName) throws ScenarioException {
    requireNonNull(text);
    requireNonNull(fileName);
    return ScenarioReader.read(fileName, SourceText.split(text, fileName));
  }
}
