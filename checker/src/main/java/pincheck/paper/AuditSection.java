package pincheck.paper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import pincheck.audit.AuditReport;

/**
 * The kernels' GUP call sites, from audit-VERSION.json and audit-compare.json (written by
 * `./pincheck audit`): what each site takes, whether its release matches, which scenario
 * models it, and what changed between the two kernels.
 */
final class AuditSection {
    static final String COMPARE = "audit-compare.json";
    private static final String TITLE = "The call sites in the kernels";

    private AuditSection() {}

    static Section build(PaperInputs in) throws PaperException {
        List<AuditDoc> audits = audits(in);
        List<Block> b = new ArrayList<>();
        if (audits.isEmpty()) {
            b.add(new Block.Para("No `audit-*.json` is in the results folder; `./pincheck audit "
                    + "/usr/src/linux-source-6.12.tar.xz` produces it. No kernel call site is listed here without it."));
            return new Section("audit", TITLE, b);
        }
        AuditDoc newest = audits.get(audits.size() - 1);
        b.add(new Block.Para("The models stand for kernel code at the sites their `covers` lines name. `./pincheck "
                + "audit` finds every call of the GUP entry points of `include/linux/mm.h` and `include/linux/uio.h` "
                + "(and `bio_iov_iter_get_pages`) in a kernel tree with Coccinelle (spatch " + newest.strOr("spatch", "")
                + ") and the semantic patches " + String.join(", ", newest.strings("semantic_patches").stream()
                        .map(p -> "`" + p + "`").toList())
                + ", follows the pages by name through the file (assignments, the file's functions, struct fields, "
                + "bios and their end_io) and into the bio release wrappers, and says whether the release found "
                + "gives back the reference taken: `put` for FOLL_GET, `unpin` for FOLL_PIN and extraction. "
                + "\"mixed\" means both kinds were found on the way (a function releasing pages of two origins, "
                + "to be read by hand); \"not found\" that the release is in another file."));
        List<List<String>> summary = new ArrayList<>();
        for (AuditDoc a : audits) {
            List<AuditDoc> gups = a.list("gup_sites");
            summary.add(List.of(a.str("kernel"), Integer.toString(gups.size()), count(gups, "reference", "FOLL_GET"),
                    count(gups, "reference", "FOLL_PIN"), count(gups, "reference", "extract"),
                    count(gups, "longterm", "yes"), count(gups, "match", "matches"), count(gups, "match", "mismatch"),
                    count(gups, "match", "mixed"), count(gups, "match", "not found in this file"),
                    Integer.toString(a.list("bio_sites").size()), modelled(gups) + " / " + modelled(a.list("bio_sites"))));
        }
        b.add(Block.Table.of("GUP call sites per kernel (bio fills: bio_add_page, __bio_add_page, bio_add_folio of "
                + "pages not GUP'd in the same function)", List.of("kernel", "sites", "FOLL_GET", "FOLL_PIN", "extract",
                "LONGTERM", "matches", "mismatch", "mixed", "not found", "bio fills", "modelled"), summary));
        b.add(new Block.Para(completeness(newest)));
        b.add(new Block.Para("The appendix lists the call sites of the paths the 2019 thread names, in Linux "
                + newest.str("kernel") + ", with the scenario that models each."));
        Optional<String> compare = in.file(COMPARE);
        if (compare.isPresent()) {
            comparison(AuditDoc.parse(COMPARE, compare.get(), pincheck.audit.AuditComparison.SCHEMA), b);
        }
        return new Section("audit", TITLE, b);
    }

    /** For the appendix: the call sites of the paths the 2019 thread names, in the newest kernel audited. */
    static Optional<Section> appendix(PaperInputs in) throws PaperException {
        List<AuditDoc> audits = audits(in);
        if (audits.isEmpty()) {
            return Optional.empty();
        }
        AuditDoc newest = audits.get(audits.size() - 1);
        return Optional.of(new Section("audit-paths", "The thread's paths in Linux " + newest.str("kernel"),
                List.of(Block.Table.of("The paths the 2019 thread names, in Linux " + newest.str("kernel"),
                        List.of("path", "site", "function", "call", "reference", "match", "scenario"), threadRows(newest))
                        .withWidths(0.1, 0.2, 0.18, 0.16, 0.12, 0.1, 0.14))));
    }

    private static String completeness(AuditDoc a) throws PaperException {
        AuditDoc grep = a.obj("grep").orElseThrow(() -> new PaperException(a.where() + ": no 'grep'; regenerate it"));
        AuditDoc c = grep.obj("counts").orElseThrow(() -> new PaperException(a.where() + ": no grep counts; regenerate it"));
        return "Against a plain `grep -rnw` for the same names in the same folders of " + a.str("kernel") + ": "
                + grep.strOr("lines", "0") + " lines, of which " + c.strOr("audited", "0") + " occurrences are audited "
                + "call sites, " + c.strOr("comment", "0") + " in comments or strings, " + c.strOr("definition", "0")
                + " definitions or declarations, " + c.strOr("export", "0") + " EXPORT_SYMBOLs, "
                + c.strOr("not_a_call", "0") + " other uses of the name, " + c.strOr("macro", "0")
                + " in macros spatch did not match, and " + c.strOr("missed", "0") + " calls spatch did not report.";
    }

    private static List<List<String>> threadRows(AuditDoc a) throws PaperException {
        List<List<String>> rows = new ArrayList<>();
        List<AuditDoc> gups = a.list("gup_sites");
        List<AuditDoc> bios = a.list("bio_sites");
        for (AuditDoc p : a.list("thread_paths")) {
            List<String> gupSites = p.strings("gup_sites");
            List<String> bioSites = p.strings("bio_sites");
            if (gupSites.isEmpty() && bioSites.isEmpty()) {
                rows.add(List.of(p.strOr("name", ""), "none in this tree", "", "", "", "", ""));
            }
            for (AuditDoc g : gups) {
                if (gupSites.contains(site(g))) {
                    rows.add(List.of(p.strOr("name", ""), site(g), g.strOr("function", ""), g.strOr("call", ""),
                            g.strOr("reference", ""), g.strOr("match", ""), scenarios(g)));
                }
            }
            for (AuditDoc x : bios) {
                if (bioSites.contains(site(x))) {
                    rows.add(List.of(p.strOr("name", ""), site(x), x.strOr("function", ""), x.strOr("call", ""),
                            "page: " + x.strOr("origin", ""), "end_io: " + x.strOr("end_io", ""), scenarios(x)));
                }
            }
        }
        return rows;
    }

    private static void comparison(AuditDoc c, List<Block> b) throws PaperException {
        List<AuditDoc> converted = c.list("converted_to_pins");
        List<AuditDoc> still = c.list("still_foll_get");
        List<AuditDoc> mismatches = c.list("release_mismatches");
        b.add(new Block.Para("From " + c.str("older") + " to " + c.str("newer") + ", " + converted.size()
                + " functions went from FOLL_GET to pins (below); " + still.size() + " call sites are still on "
                + "FOLL_GET in " + c.str("newer") + ", among them " + String.join(", ", still.stream()
                        .map(x -> "`" + x.strOr("function", "") + "`").distinct().limit(8).toList())
                + (still.size() > 8 ? " ..." : "") + "; " + mismatches.size()
                + " sites over both kernels have a release of the other kind on the way (`audit-compare.md`)."));
        List<List<String>> rows = new ArrayList<>();
        for (AuditDoc x : converted) {
            rows.add(List.of(x.strOr("function", ""), x.strOr("before", "") + " (" + x.strOr("calls_before", "") + ")",
                    x.strOr("after", "") + " (" + x.strOr("calls_after", "") + ")"));
        }
        b.add(Block.Table.of("Converted from FOLL_GET to pins between " + c.str("older") + " and " + c.str("newer"),
                List.of("function", c.str("older"), c.str("newer")), rows).withWidths(0.4, 0.3, 0.3));
    }

    private static String site(AuditDoc d) {
        return d.strOr("file", "") + ":" + d.strOr("line", "");
    }

    private static String scenarios(AuditDoc d) {
        List<String> s = d.strings("scenarios");
        return s.isEmpty() ? "not modelled" : String.join(", ", s);
    }

    private static String count(List<AuditDoc> rows, String field, String value) {
        return Long.toString(rows.stream().filter(r -> r.strOr(field, "").equals(value)).count());
    }

    private static String modelled(List<AuditDoc> rows) {
        return Long.toString(rows.stream().filter(r -> !r.strings("scenarios").isEmpty()).count());
    }

    // Oldest first, by version number: audit-6.1.json before audit-6.12.json.
    private static List<AuditDoc> audits(PaperInputs in) throws PaperException {
        List<Path> files;
        try (Stream<Path> all = Files.list(in.folder())) {
            files = all.filter(p -> AuditReport.isAuditJson(p.getFileName().toString()))
                    .sorted(AuditReport.BY_VERSION).toList();
        } catch (IOException e) {
            throw new PaperException(in.folder() + ": cannot list (" + e.getMessage() + ")");
        }
        List<AuditDoc> out = new ArrayList<>();
        for (Path p : files) {
            out.add(AuditDoc.parse(p.toString(), PaperInputs.text(p), AuditReport.SCHEMA));
        }
        return out;
    }
}
