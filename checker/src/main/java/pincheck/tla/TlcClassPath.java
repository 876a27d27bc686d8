package pincheck.tla;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * The class path of a local TLC JVM: the jar TLC is loaded from and, when {@link TlcLauncher} is
 * elsewhere, a jar of its classes. Built from Maven (tests) the launcher is a class folder, which a
 * class-data-sharing archive cannot hold, so its classes are copied into a jar named by their hash
 * beside TLC's archives; from pincheck.jar both are that one jar.
 */
final class TlcClassPath {
    // computed once per JVM: a jar may be written
    private static final Supplier<ImmutableList<Path>> ENTRIES = Suppliers.memoize(TlcClassPath::compute);

    private TlcClassPath() {}

    /** The entries, in order: TLC's jar first. */
    static ImmutableList<Path> entries() {
        return ENTRIES.get();
    }

    /** As the -cp argument. */
    static String argument() {
        return String.join(java.io.File.pathSeparator, entries().stream().map(Path::toString).toList());
    }

    /** Whether a class-data-sharing archive can hold these classes: only jars (a JVM dumping one exits otherwise). */
    static boolean archivable() {
        return archivable(entries());
    }

    static boolean archivable(List<Path> classPath) {
        return classPath.stream().allMatch(Files::isRegularFile);
    }

    private static ImmutableList<Path> compute() {
        Path tlc = location(tlc2.TLC.class);
        Path launcher = location(TlcLauncher.class);
        if (launcher.equals(tlc)) {
            return ImmutableList.of(tlc);
        }
        if (Files.isRegularFile(launcher)) {
            return ImmutableList.of(tlc, launcher);
        }
        try {
            return ImmutableList.of(tlc, launcherJar(TlcJvm.folder()));
        } catch (IOException e) {
            // the class folder works as well; TlcJvm then asks for no archive (see archivable)
            return ImmutableList.of(tlc, launcher);
        }
    }

    /** TlcLauncher and its nested classes in a jar named by their hash, written when no such jar holds them yet. */
    static Path launcherJar(Path folder) throws IOException {
        Hasher h = Hashing.sha256().newHasher();
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(jar)) {
            for (Class<?> c : TlcLauncher.class.getNestMembers()) {
                String entry = c.getName().replace('.', '/') + ".class";
                byte[] bytes;
                try (InputStream in = c.getClassLoader().getResourceAsStream(entry)) {
                    if (in == null) {
                        throw new IOException("no class file " + entry);
                    }
                    bytes = in.readAllBytes();
                }
                JarEntry je = new JarEntry(entry);
                je.setTime(0); // the same classes give the same bytes, so the same name
                out.putNextEntry(je);
                out.write(bytes);
                out.closeEntry();
                h.putString(entry, StandardCharsets.UTF_8).putBytes(bytes);
            }
        }
        byte[] content = jar.toByteArray();
        Path target = folder.resolve("tlc-launcher-" + h.hash().toString().substring(0, 16) + ".jar");
        if (!Files.exists(target)) {
            Files.createDirectories(target.getParent());
            // a name of this process's own, so JVMs writing the same jar at once never share one
            Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            try {
                Files.write(tmp, content);
                // a link never replaces: a jar another JVM put there first keeps its time, so its archive stays valid
                Files.createLink(target, tmp);
            } catch (FileAlreadyExistsException e) {
                // another JVM wrote it first
            } catch (UnsupportedOperationException e) {
                throw new IOException("no hard links in " + target.getParent(), e);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        // a file found under that name is used only if it holds these very bytes (the folder may be shared);
        // else it is left alone and the launcher comes from its class folder
        if (!Arrays.equals(Files.readAllBytes(target), content)) {
            throw new IOException(target + " holds other bytes");
        }
        return target;
    }

    private static Path location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the classes of " + c.getName(), e);
        }
    }
}
