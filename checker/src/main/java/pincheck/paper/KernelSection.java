package pincheck.paper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "What the kernel as shipped still allows": for each real kernel (linux-6.1, linux-6.12), one
 * item per set of safety properties its code breaks, with the paths that break them and what that means
 * for the path, all read from results.json; the wording of each property's consequence is the one
 * place this section says more than the verdicts.
 */
final class KernelSection {
    private KernelSection() {}

    /** The real kernels' presets, in the order the section walks them. */
    static final List<String> KERNELS = List.of("linux-6.1", "linux-6.12");

    /** What a violated property means for a kernel path, in a clause. */
    static final Map<String, String> MEANS = Map.ofEntries(
            Map.entry("NoUnderflow", "a count goes below zero"),
            Map.entry("NoUseAfterFree", "a page is used after it was freed"),
            Map.entry("ZeroPageNeverFreed", "ZERO_PAGE is freed"),
            Map.entry("PinsVisible", "pages are under DMA that do not read pinned, so fork, reclaim and a "
                    + "pin-aware writeback cannot tell they are in use"),
            Map.entry("NoWritebackUnderDma", "writeback writes out a page a device is still writing"),
            Map.entry("NoStaleDma", "the device's data goes to a page the process no longer maps"),
            Map.entry("LongtermNotMovable", "a longterm pin stays in a movable zone"),
            Map.entry("NoRefcountOverflow", "the refcount overflows"),
            Map.entry("BalancedWhenQuiet", "a reference or pin leaks"),
            Map.entry("ReleasedAsTaken", "a reference is released in a way it was not taken"),
            Map.entry("NoMixedBio", "a bio holds pinned pages next to unpinned ones"),
            Map.entry("Detectable", "a harm happens with no WARN_ON on the page"),
            Map.entry("EventuallyQuiet", "the path does not always end balanced"));

    static Section build(Results r) {
        List<Block> b = new ArrayList<>();
        b.add(new Block.Para("The two kernels whose source Debian packages (linux-source-6.1, 6.1.192; "
                + "linux-source-6.12, 6.12.117) are presets of their own: every knob and every call as that "
                + "version's C code does it (`./pincheck list` cites the file and function for each), and "
                + "every scenario line guarded for the version it follows. What follows is what each kernel "
                + "still allows on the catalogue's paths, property by property, from the exhaustive runs; a "
                + "scenario the kernel's code does not run (ITER_PIPE in 6.12, cifs outside 6.1) is left out."));
        for (String kernel : KERNELS) {
            Optional<Results.Design> d = r.designs().stream().filter(x -> x.name().equals(kernel)).findFirst();
            if (d.isEmpty()) {
                continue;
            }
            // paths that break the same properties share one item: the consequence is said once
            Map<String, List<String>> byOutcome = new LinkedHashMap<>();
            List<String> clean = new ArrayList<>();
            for (Results.Scenario s : r.scenarios()) {
                Optional<Results.Model> m = r.model(s.name(), kernel);
                if (m.isEmpty()) {
                    continue;
                }
                List<String> broken = m.get().results().stream()
                        .filter(o -> o.verdict().equals("violated") && MEANS.containsKey(o.property()))
                        .map(Results.Outcome::property).toList();
                List<String> open = m.get().results().stream().filter(o -> o.verdict().equals("inconclusive"))
                        .map(Results.Outcome::property).toList();
                if (broken.isEmpty() && open.isEmpty()) {
                    clean.add("`" + s.name() + "`");
                    continue;
                }
                String why = broken.stream().map(p -> "`" + p + "` (" + MEANS.get(p) + ")")
                        .collect(Collectors.joining(", "));
                String outcome = (why.isEmpty() ? "" : "violated: " + why)
                        + (open.isEmpty() ? "" : (why.isEmpty() ? "" : "; ") + "inconclusive: " + String.join(", ", open));
                byOutcome.computeIfAbsent(outcome, k -> new ArrayList<>()).add("`" + s.name() + "` (" + s.title() + ")");
            }
            int broke = byOutcome.values().stream().mapToInt(List::size).sum();
            List<String> items = new ArrayList<>();
            byOutcome.forEach((outcome, paths) -> items.add(String.join("; ", paths) + ": " + outcome + "."));
            b.add(new Block.Para("**" + kernel + ".** " + (items.isEmpty()
                    ? "Every property holds on every path it runs."
                    : broke + " of its " + (broke + clean.size()) + " paths break a property:")));
            if (!items.isEmpty()) {
                b.add(new Block.Items(false, items));
            }
            if (!clean.isEmpty()) {
                b.add(new Block.Para("Every property holds on " + String.join(", ", clean) + "."));
            }
        }
        return new Section("kernels", "What the kernel as shipped still allows", b);
    }
}
