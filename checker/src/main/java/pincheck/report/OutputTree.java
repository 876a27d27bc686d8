package pincheck.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file so an interrupted or failed write never destroys the earlier one, nor leaves a part behind. */
public final class OutputTree {
    /** How the bytes reach the temporary file; a test puts a full disk in its place. */
    @FunctionalInterface
    interface Bytes {
        void write(Path file, byte[] content) throws IOException;
    }

    private OutputTree() {}

    public static void writeFile(Path target, String content) throws IOException {
        writeFile(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Binary files (a PDF, a screenshot) the same way. */
    public static void writeFile(Path target, byte[] content) throws IOException {
        writeFile(target, content, Files::write);
    }

    /** To a temporary name beside the target, then renamed over it; a failed write removes the temporary file. */
    static void writeFile(Path target, byte[] content, Bytes bytes) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            bytes.write(tmp, content);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }
}
