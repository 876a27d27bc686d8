package pincheck.source;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import pincheck.scenario.Actor;
import pincheck.scenario.Call;
import pincheck.scenario.Kernel;
import pincheck.scenario.Scenario;

/**
 * Checks each {@code @ file:function} a scenario cites against the kernel whose code the line
 * follows: the file exists, defines the function, and the function makes the call (names one of
 * the op's identifiers, or is one). Lines for the 2019 description are checked against 6.1, the
 * pre-conversion kernel on these machines, for the function only: 2019's code is not here.
 */
public final class SiteCheck {
    /** A cited site and the line that cites it, under one kernel. */
    public record Site(Scenario scenario, Call call, Kernel kernel, String file, String function) {
        /** The tree the site is looked up in. */
        public Kernel tree() {
            return kernel == Kernel.THREAD_2019 ? Kernel.LINUX_6_1 : kernel;
        }
    }

    private SiteCheck() {}

    /** Every site the scenarios cite, once per kernel that runs the line. */
    public static ImmutableList<Site> sites(List<Scenario> scenarios) {
        ImmutableList.Builder<Site> out = ImmutableList.builder();
        for (Scenario s : scenarios) {
            for (Kernel k : s.checkedUnder()) {
                for (Actor a : s.forKernel(k).actors()) {
                    for (Call c : a.calls()) {
                        c.site().ifPresent(site -> {
                            int colon = site.lastIndexOf(':');
                            if (colon > 0) {
                                out.add(new Site(s, c, k, site.substring(0, colon), site.substring(colon + 1)));
                            }
                        });
                    }
                }
            }
        }
        return out.build();
    }

    /** The files a tree must provide for these sites. */
    public static TreeSet<String> files(List<Site> sites, Kernel tree) {
        TreeSet<String> out = new TreeSet<>();
        sites.stream().filter(s -> s.tree() == tree).forEach(s -> out.add(s.file()));
        return out;
    }

    /** One line per site the source does not bear out: {@code file:line: site '...' ...}. */
    public static ImmutableList<String> problems(List<Site> sites, KernelSource source) {
        List<String> out = new ArrayList<>();
        for (Site s : sites) {
            if (s.tree() != source.kernel()) {
                continue;
            }
            problem(s, source).ifPresent(p -> out.add(s.scenario().file() + ":" + s.call().line() + ": site '"
                    + s.file() + ":" + s.function() + "' " + p));
        }
        return ImmutableList.copyOf(out);
    }

    private static Optional<String> problem(Site s, KernelSource source) {
        String in = "linux-" + source.kernel().token();
        Optional<String> text = source.file(s.file());
        if (text.isEmpty()) {
            return Optional.of("names a file " + in + " does not have");
        }
        Optional<String> body = CFunctions.body(text.get(), s.function());
        if (body.isEmpty()) {
            return Optional.of("names a function " + s.file() + " does not define in " + in);
        }
        if (s.kernel() == Kernel.THREAD_2019 || s.call().op().evidence().isEmpty()) {
            return Optional.empty();
        }
        boolean calls = s.call().op().evidence().contains(s.function())
                || s.call().op().evidence().stream().anyMatch(id -> CFunctions.names(body.get(), id));
        return calls ? Optional.empty()
                : Optional.of("has no " + s.call().op().cName() + " in " + in + " (looked for "
                        + String.join(", ", s.call().op().evidence()) + ")");
    }
}
