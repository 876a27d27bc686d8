package pincheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import pincheck.suite.RunCache;

/** pincheck --version: pincheck and the commit it was built from, the engines, the JVM. */
final class VersionInfo implements CommandLine.IVersionProvider {
    /** Written by the build (checker/pom.xml) from git; "unknown" when built without git. */
    static final String COMMIT_RESOURCE = "commit.txt";

    @Override
    public String[] getVersion() {
        return new String[] {
            "pincheck " + Main.VERSION + " (commit " + commit() + ")",
            "TLC " + tlc2.TLCGlobals.versionOfTLC.replaceFirst("^Version ", ""),
            "Alloy " + RunCache.alloyVersion(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
                    + System.getProperty("java.vendor") + ")",
        };
    }

    static String commit() {
        try (InputStream in = VersionInfo.class.getResourceAsStream(COMMIT_RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            String c = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return c.isEmpty() ? "unknown" : c;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
