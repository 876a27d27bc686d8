package pincheck.audit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit against a plain {@code grep -rnw} for the same function names in the same
 * folders: every occurrence is a site the audit lists, or is given the reason it is not.
 */
record Completeness(String command, int lines, ImmutableList<GrepHit> hits) {
    private static final Pattern GREP_LINE = Pattern.compile("(.+?):(\\d+):.*");
    private static final Set<String> NOT_TYPES = Set.of("return", "else", "do", "case", "goto", "sizeof");

    /** Occurrences of each kind, in the kinds' order. */
    Map<GrepHit.Kind, Integer> counts() {
        Map<GrepHit.Kind, Integer> m = new EnumMap<>(GrepHit.Kind.class);
        for (GrepHit.Kind k : GrepHit.Kind.values()) {
            m.put(k, 0);
        }
        hits.forEach(h -> m.merge(h.kind(), 1, Integer::sum));
        return m;
    }

    ImmutableList<GrepHit> missed() {
        return hits.stream().filter(h -> h.kind() == GrepHit.Kind.MISSED).collect(ImmutableList.toImmutableList());
    }

    /** The files grep names (paths from the top of the tree): the ones spatch must read. */
    static ImmutableList<String> files(Path root, List<String> dirs, Set<String> names) throws AuditException {
        ImmutableSet.Builder<String> out = ImmutableSet.builder();
        for (String l : Grep.run(root, dirs, wordsOf(names), true, true)) {
            out.add(l);
        }
        return out.build().asList();
    }

    /** Runs grep and sorts out every occurrence against the sites the audit found. */
    static Completeness check(Path root, List<String> dirs, Set<String> names, Set<String> audited)
            throws AuditException {
        List<String> out = Grep.run(root, dirs, wordsOf(names), true, false);
        Pattern word = Pattern.compile("\\b(" + String.join("|", names.stream().sorted().toList()) + ")\\b");
        Map<String, CCode> code = new HashMap<>();
        List<GrepHit> hits = new ArrayList<>();
        for (String l : out) {
            Matcher m = GREP_LINE.matcher(l);
            if (!m.matches()) {
                throw AuditException.toolFailed("grep printed '" + l + "', not FILE:LINE:TEXT");
            }
            String file = m.group(1);
            int line = Integer.parseInt(m.group(2));
            CCode c = code.computeIfAbsent(file, f -> read(root.resolve(f)));
            String raw = l.substring(m.end(2) + 1);
            Matcher inRaw = word.matcher(raw);
            Matcher inCode = word.matcher(c.line(line));
            List<Integer> codeCols = new ArrayList<>();
            while (inCode.find()) {
                codeCols.add(inCode.start());
            }
            while (inRaw.find()) {
                String name = inRaw.group(1);
                int at = codeCols.indexOf(inRaw.start());
                if (at < 0) {
                    hits.add(new GrepHit(file, line, name, GrepHit.Kind.COMMENT));
                } else {
                    hits.add(new GrepHit(file, line, name, kind(c, line, codeCols.get(at), name,
                            audited.contains(file + ":" + line + ":" + name))));
                }
            }
        }
        hits.sort(java.util.Comparator.comparing(GrepHit::file).thenComparingInt(GrepHit::line)
                .thenComparing(GrepHit::name));
        return new Completeness(command(dirs, names), out.size(), ImmutableList.copyOf(hits));
    }

    private static GrepHit.Kind kind(CCode c, int line, int col, String name, boolean audited) {
        if (audited) {
            return GrepHit.Kind.AUDITED;
        }
        if (c.next(line, col + name.length()) != '(') {
            return c.line(line).contains("EXPORT_SYMBOL") ? GrepHit.Kind.EXPORT : GrepHit.Kind.NOT_A_CALL;
        }
        if (c.inMacro(line)) {
            return GrepHit.Kind.MACRO;
        }
        return isDefinition(c, line, col) ? GrepHit.Kind.DEFINITION : GrepHit.Kind.MISSED;
    }

    // "long get_user_pages(", "static inline bool\nget_user_page_fast_only(": only type words before the name.
    private static boolean isDefinition(CCode c, int line, int col) {
        String before = c.line(line).substring(0, col).strip();
        if (before.isEmpty()) {
            before = c.previous(line).strip();
            if (before.isEmpty() || !before.matches(".*[A-Za-z0-9_*]")) {
                return false;
            }
            before = before.replaceAll(".*[;{}()=,]", "").strip();
        }
        if (before.isEmpty() || !before.matches("[A-Za-z0-9_*\\s]+") || !before.matches(".*[A-Za-z0-9_*]")) {
            return false;
        }
        String[] words = before.replace("*", " ").strip().split("\\s+");
        return words.length > 0 && !NOT_TYPES.contains(words[words.length - 1]);
    }

    private static CCode read(Path file) {
        try {
            return CCode.of(Files.readString(file, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return CCode.of("");
        }
    }

    private static String wordsOf(Set<String> names) {
        return String.join("|", names.stream().sorted().toList());
    }

    static String command(List<String> dirs, Set<String> names) {
        return "grep -rnwE --include='*.[ch]' '" + String.join("|", names.stream().sorted().toList()) + "' "
                + String.join(" ", dirs);
    }
}
