package pincheck.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The design document's example scenario, shared by the tests. */
final class Example {
  static final String FILE = "dio.pin";
  static final String TEXT = load();

  private Example() {}

  private static String load() {
    try (InputStream in = Example.class.getResourceAsStream("/scenario/dio-zero-page.pin")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
