package pincheck.scenario;

import com.google.common.base.Utf8;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Turns file bytes or a string into checked raw lines: size, UTF-8, control characters. */
final class SourceText {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private SourceText() {}

  static ImmutableList<String> read(Path path, String file) throws ScenarioException {
    byte[] bytes;
    // A FIFO or a device would block the read or never end: only a file is read.
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      throw new ScenarioException(
          file, 0, "cannot read: " + (Files.isDirectory(path) ? "is a folder; give a .pin file"
              : "not a regular file (a FIFO, socket or device); give a .pin file"));
    }
    // Read at most one byte past the limit so a huge or endless file cannot exhaust memory.
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes(Limits.MAX_FILE_BYTES + 1);
    } catch (IOException | SecurityException e) {
      throw new ScenarioException(file, 0, "cannot read: " + reason(e));
    }
    if (bytes.length > Limits.MAX_FILE_BYTES) {
      throw tooLarge(file);
    }
    return lines(decode(bytes, file), file);
  }

  static ImmutableList<String> split(String text, String file) throws ScenarioException {
    if (text.length() > Limits.MAX_FILE_BYTES) {
      throw tooLarge(file);
    }
    ImmutableList<String> lines = lines(text, file);
    // lines() has rejected unpaired surrogates, so the UTF-8 length is well defined.
    if (Utf8.encodedLength(text) > Limits.MAX_FILE_BYTES) {
      throw tooLarge(file);
    }
    return lines;
  }

  private static String decode(byte[] bytes, String file) throws ScenarioException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      String bad = String.format("0x%02X", bytes[Math.min(offset, bytes.length - 1)] & 0xFF);
      throw new ScenarioException(
          file, lineOf(bytes, offset), "invalid UTF-8 (byte " + bad + "); save the file as UTF-8");
    }
    out.flip();
    return out.toString();
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static ImmutableList<String> lines(String text, String file) throws ScenarioException {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    int start = text.isEmpty() || text.charAt(0) != BYTE_ORDER_MARK ? 0 : 1;
    int number = 1;
    for (int i = start; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
        String line = text.substring(start, end);
        check(line, file, number);
        lines.add(line);
        start = i + 1;
        number++;
      }
    }
    return lines.build();
  }

  private static void check(String line, String file, int number) throws ScenarioException {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < line.length()
          && Character.isLowSurrogate(line.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new ScenarioException(
            file, number, "invalid character (unpaired surrogate); save the file as UTF-8");
      } else if (isControl(c)) {
        throw new ScenarioException(
            file,
            number,
            String.format(
                "unexpected control character U+%04X; remove it (only tabs and newlines are allowed)",
                (int) c));
      }
    }
  }

  // Format characters (bidi overrides, zero-width spaces) would make a line read differently.
  private static boolean isControl(char c) {
    if (c == '\t') {
      return false;
    }
    int type = Character.getType(c);
    return Character.isISOControl(c)
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  private static ScenarioException tooLarge(String file) {
    return new ScenarioException(
        file,
        0,
        "file is larger than 1 MiB; scenarios model a few calls, split it into smaller scenarios");
  }

  private static String reason(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException || e instanceof SecurityException) {
      return "permission denied";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
