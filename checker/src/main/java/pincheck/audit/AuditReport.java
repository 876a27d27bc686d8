package pincheck.audit;

import com.google.common.collect.ImmutableSortedMap;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * audit-VERSION.md and audit-VERSION.json: the same rows, for people and for the paper.
 * Nothing in them depends on the machine, the time or where the tree was unpacked.
 */
public final class AuditReport {
    /** Raised when a field is renamed or its meaning changes; readers check it. */
    public static final String SCHEMA = "pincheck.audit/1";

    private AuditReport() {}

    /** Whether a file name is an audit's JSON: audit-6.12.json. */
    public static boolean isAuditJson(String fileName) {
        return fileName.matches("audit-\\d+\\.\\d+\\.json");
    }

    /** Orders audit JSONs by version, not text: audit-6.9.json before audit-6.12.json. */
    public static final java.util.Comparator<java.nio.file.Path> BY_VERSION =
            java.util.Comparator.comparing(p -> {
                String[] v = p.getFileName().toString().replaceAll("audit-|\\.json", "").split("\\.");
                return String.format(java.util.Locale.ROOT, "%06d.%06d", Integer.parseInt(v[0]), Integer.parseInt(v[1]));
            });

    public static String baseName(AuditResult r) {
        return "audit-" + r.series();
    }

    /** The two files, by name. */
    public static ImmutableSortedMap<String, String> files(AuditResult r) {
        return ImmutableSortedMap.of(baseName(r) + ".md", markdown(r), baseName(r) + ".json", json(r));
    }

    static String json(AuditResult r) {
        return pincheck.report.JsonFiles.write(tree(r));
    }

    static JsonObject tree(AuditResult r) {
        JsonObject o = new JsonObject();
        o.addProperty("schema", SCHEMA);
        o.addProperty("kernel", r.version());
        o.addProperty("series", r.series());
        o.addProperty("spatch", r.spatchVersion());
        o.add("directories", strings(r.directories()));
        o.add("semantic_patches", strings(r.patches()));
        JsonArray gups = new JsonArray();
        for (GupRow g : r.gups()) {
            JsonObject x = new JsonObject();
            x.addProperty("file", g.file());
            x.addProperty("function", g.function());
            x.addProperty("line", g.line());
            x.addProperty("call", g.call());
            x.addProperty("reference", g.reference().word());
            x.addProperty("via", g.via());
            x.addProperty("longterm", g.longterm());
            x.addProperty("flags", g.flags());
            x.add("destinations", strings(g.destinations()));
            JsonArray sinks = new JsonArray();
            g.sinkLines().forEach(sinks::add);
            x.add("sink_lines", sinks);
            JsonArray rel = new JsonArray();
            for (FoundRelease f : g.releases()) {
                JsonObject y = new JsonObject();
                y.addProperty("function", f.function());
                y.addProperty("line", f.line());
                y.addProperty("call", f.call());
                y.addProperty("primitive", f.primitive());
                y.addProperty("kind", f.kind());
                y.addProperty("guard", f.guard());
                y.addProperty("end_io", f.endIo());
                rel.add(y);
            }
            x.add("releases", rel);
            x.addProperty("match", g.match().word());
            x.addProperty("why", g.why());
            x.add("scenarios", strings(g.scenarios()));
            gups.add(x);
        }
        o.add("gup_sites", gups);
        JsonArray bios = new JsonArray();
        for (BioRow b : r.bios()) {
            JsonObject x = new JsonObject();
            x.addProperty("file", b.file());
            x.addProperty("function", b.function());
            x.addProperty("line", b.line());
            x.addProperty("call", b.call());
            x.addProperty("page", b.page());
            x.addProperty("origin", b.origin());
            x.addProperty("bio", b.bio());
            x.addProperty("end_io", b.endIo());
            x.add("release", strings(b.release()));
            x.add("scenarios", strings(b.scenarios()));
            bios.add(x);
        }
        o.add("bio_sites", bios);
        JsonArray paths = new JsonArray();
        for (ThreadPaths p : ThreadPaths.ALL) {
            JsonObject x = new JsonObject();
            x.addProperty("name", p.name());
            x.add("prefixes", strings(p.prefixes()));
            x.add("gup_sites", strings(r.gups().stream().filter(g -> p.contains(g.file())).map(GupRow::site).toList()));
            x.add("bio_sites", strings(r.bios().stream().filter(b -> p.contains(b.file())).map(BioRow::site).toList()));
            paths.add(x);
        }
        o.add("thread_paths", paths);
        JsonObject grep = new JsonObject();
        grep.addProperty("command", r.completeness().command());
        grep.addProperty("lines", r.completeness().lines());
        JsonObject counts = new JsonObject();
        r.completeness().counts().forEach((k, n) -> counts.addProperty(k.name().toLowerCase(java.util.Locale.ROOT), n));
        grep.add("counts", counts);
        JsonArray left = new JsonArray();
        for (GrepHit h : r.completeness().hits()) {
            if (h.kind() != GrepHit.Kind.AUDITED) {
                JsonObject x = new JsonObject();
                x.addProperty("file", h.file());
                x.addProperty("line", h.line());
                x.addProperty("name", h.name());
                x.addProperty("kind", h.kind().name().toLowerCase(java.util.Locale.ROOT));
                x.addProperty("reason", h.kind().reason());
                left.add(x);
            }
        }
        grep.add("not_audited", left);
        o.add("grep", grep);
        JsonObject covers = new JsonObject();
        r.covers().forEach((site, names) -> covers.add(site, strings(names)));
        o.add("covers", covers);
        return o;
    }

    private static JsonArray strings(List<String> items) {
        JsonArray a = new JsonArray();
        items.forEach(a::add);
        return a;
    }

    static String markdown(AuditResult r) {
        StringBuilder b = new StringBuilder();
        b.append("# Call-site audit of Linux ").append(r.version()).append("\n\n");
        b.append("Written by `./pincheck audit` (schema ").append(SCHEMA).append(") with spatch ")
                .append(r.spatchVersion()).append(" running ")
                .append(String.join(", ", r.patches().stream().map(p -> "`" + p + "`").toList()))
                .append(" over ").append(String.join(", ", r.directories().stream().map(d -> "`" + d + "/`").toList()))
                .append(". Pages are followed by name inside each file (assignments, the file's own functions, ")
                .append("struct fields, bios and the end_io functions the file sets) and into the bio release ")
                .append("wrappers of `include/linux/bio.h` and `block/bio.c`; a release in another file reads ")
                .append("\"not found in this file\". The scenario column lists the scenarios whose `covers` line ")
                .append("names the function.\n\n");
        summary(r, b);
        b.append("## The paths the 2019 thread names\n\n");
        for (ThreadPaths p : ThreadPaths.ALL) {
            List<GupRow> g = r.gups().stream().filter(x -> p.contains(x.file())).toList();
            List<BioRow> bi = r.bios().stream().filter(x -> p.contains(x.file())).toList();
            b.append("### ").append(p.name()).append("\n\n");
            if (g.isEmpty() && bi.isEmpty()) {
                b.append("No GUP call and no bio fill under ").append(String.join(", ", p.prefixes().stream()
                        .map(x -> "`" + x + "`").toList())).append(" in this tree.\n\n");
                continue;
            }
            if (!g.isEmpty()) {
                gupTable(g, b);
            }
            if (!bi.isEmpty()) {
                bioTable(bi, b);
            }
        }
        b.append("## Every GUP call site\n\n");
        gupTable(r.gups(), b);
        b.append("## bio fills whose pages are not GUP'd in the same function\n\n");
        bioTable(r.bios(), b);
        completeness(r, b);
        return b.toString();
    }

    private static void summary(AuditResult r, StringBuilder b) {
        b.append("## Summary\n\n");
        b.append("- ").append(r.gups().size()).append(" GUP call sites: ");
        List<String> refs = new ArrayList<>();
        for (Reference ref : Reference.values()) {
            long n = r.gups().stream().filter(g -> g.reference() == ref).count();
            if (n > 0) {
                refs.add(n + " " + ref.word());
            }
        }
        long longterm = r.gups().stream().filter(g -> g.longterm().equals("yes")).count();
        b.append(String.join(", ", refs)).append(" (").append(longterm).append(" with FOLL_LONGTERM).\n");
        List<String> matches = new ArrayList<>();
        for (Match m : Match.values()) {
            long n = r.gups().stream().filter(g -> g.match() == m).count();
            if (n > 0) {
                matches.add(n + " " + m.word());
            }
        }
        b.append("- Their release: ").append(String.join(", ", matches)).append(".\n");
        b.append("- ").append(r.bios().size()).append(" bio fills (").append(String.join(", ",
                BioAudit.FILLS.stream().map(f -> "`" + f + "`").toList()))
                .append(") whose pages are not GUP'd in the same function.\n");
        b.append("- Modelled by a scenario: ").append(r.gups().stream().filter(g -> !g.scenarios().isEmpty()).count())
                .append(" of ").append(r.gups().size()).append(" GUP sites, ")
                .append(r.bios().stream().filter(x -> !x.scenarios().isEmpty()).count()).append(" of ")
                .append(r.bios().size()).append(" bio fills.\n");
        b.append("- Against grep: ").append(r.completenessSummary()).append(".\n\n");
    }

    private static void gupTable(List<GupRow> rows, StringBuilder b) {
        b.append("| site | function | call | reference | pages go to | released by | match | scenario |\n");
        b.append("|---|---|---|---|---|---|---|---|\n");
        for (GupRow g : rows) {
            row(b, g.site(), g.function(), g.call(), g.referenceText(), String.join("; ", g.destinations()),
                    g.releases().isEmpty() ? "not found in this file" : shown(g.releases()),
                    g.match().word() + (g.match() == Match.MATCHES ? "" : ": " + g.why()), scenarios(g.scenarios()));
        }
        b.append('\n');
    }

    /** A row shows a few releases; the JSON has them all. */
    static final int SHOWN_RELEASES = 6;

    private static String shown(List<FoundRelease> releases) {
        List<String> all = releases.stream().map(FoundRelease::text).distinct().toList();
        String head = String.join("; ", all.subList(0, Math.min(SHOWN_RELEASES, all.size())));
        return all.size() > SHOWN_RELEASES ? head + "; and " + (all.size() - SHOWN_RELEASES) + " more (see the JSON)"
                : head;
    }

    private static void bioTable(List<BioRow> rows, StringBuilder b) {
        b.append("| site | function | call | page | page comes from | bio end_io | the end_io releases | scenario |\n");
        b.append("|---|---|---|---|---|---|---|---|\n");
        for (BioRow x : rows) {
            row(b, x.site(), x.function(), x.call(), x.page(), x.origin(), x.endIo(),
                    x.release().isEmpty() ? "-" : String.join("; ", x.release()), scenarios(x.scenarios()));
        }
        b.append('\n');
    }

    private static String scenarios(List<String> s) {
        return s.isEmpty() ? "not modelled" : String.join(", ", s);
    }

    private static void row(StringBuilder b, String... cells) {
        b.append('|');
        for (String c : cells) {
            b.append(' ').append(c.replace("|", "\\|")).append(" |");
        }
        b.append('\n');
    }

    private static void completeness(AuditResult r, StringBuilder b) {
        Completeness c = r.completeness();
        b.append("## Completeness against grep\n\n");
        b.append("`").append(c.command()).append("` finds ").append(c.lines()).append(" lines with ")
                .append(c.hits().size()).append(" occurrences of the audited names:\n\n");
        b.append("| occurrence | count |\n|---|---|\n");
        for (Map.Entry<GrepHit.Kind, Integer> e : c.counts().entrySet()) {
            row(b, e.getKey().reason(), Integer.toString(e.getValue()));
        }
        b.append('\n');
        Predicate<GrepHit> left = h -> h.kind() != GrepHit.Kind.AUDITED;
        if (c.hits().stream().anyMatch(left)) {
            b.append("Every occurrence that is not an audited call site, with the reason:\n\n");
            b.append("| file:line | name | reason |\n|---|---|---|\n");
            for (GrepHit h : c.hits()) {
                if (left.test(h)) {
                    row(b, h.file() + ":" + h.line(), h.name(), h.kind().reason());
                }
            }
            b.append('\n');
        }
        List<String> unused = new ArrayList<>();
        r.covers().forEach((site, names) -> {
            String[] fs = site.split(":", 2);
            boolean found = r.gups().stream().anyMatch(g -> g.file().equals(fs[0]) && g.function().equals(fs[1]))
                    || r.bios().stream().anyMatch(x -> x.file().equals(fs[0]) && x.function().equals(fs[1]));
            if (!found) {
                unused.add("`" + site + "` (" + String.join(", ", names) + ")");
            }
        });
        if (!unused.isEmpty()) {
            b.append("## covers lines that name no audited site of this tree\n\n");
            unused.forEach(u -> b.append("- ").append(u).append('\n'));
            b.append('\n');
        }
    }
}
