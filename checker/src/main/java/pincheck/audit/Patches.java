package pincheck.audit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The semantic patches of specs/audit/, run as one program so spatch parses each file once;
 * their rule names are distinct, so the concatenation means what each file means alone.
 */
record Patches(ImmutableList<String> names, String program, ImmutableSortedSet<String> gupFunctions) {
    /** In this order: the call sites, then what follows them. */
    static final ImmutableList<String> FILES =
            ImmutableList.of("gup-sites.cocci", "page-flow.cocci", "releases.cocci", "functions.cocci");
    private static final Pattern NAME_SET = Pattern.compile("identifier\\s+fn\\s*=\\s*\\{([^}]*)\\}");

    static Patches read(Path dir) throws AuditException {
        StringBuilder program = new StringBuilder();
        String gupSites = "";
        for (String f : FILES) {
            Path p = dir.resolve(f);
            try {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                program.append("// ---- ").append(f).append(" ----\n").append(text).append('\n');
                gupSites = f.equals("gup-sites.cocci") ? text : gupSites;
            } catch (IOException e) {
                throw AuditException.badInput(p + ": cannot read the semantic patch (" + e.getMessage()
                        + "); run pincheck from its checkout");
            }
        }
        return new Patches(FILES.stream().map(f -> "specs/audit/" + f).collect(ImmutableList.toImmutableList()),
                program.toString(), functions(gupSites));
    }

    /** The GUP entry points gup-sites.cocci matches: what the completeness grep looks for. */
    static ImmutableSortedSet<String> functions(String cocci) {
        TreeSet<String> out = new TreeSet<>();
        Matcher m = NAME_SET.matcher(cocci);
        while (m.find()) {
            for (String n : m.group(1).split(",")) {
                if (!n.isBlank()) {
                    out.add(n.strip());
                }
            }
        }
        return ImmutableSortedSet.copyOf(out);
    }
}
