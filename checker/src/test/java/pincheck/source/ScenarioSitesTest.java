package pincheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import pincheck.scenario.Kernel;
import pincheck.scenario.Scenario;
import pincheck.scenario.ScenarioParser;
import pincheck.tla.Models;

/**
 * Every built-in scenario names its kernel, and every {@code @ file:function} it cites is in that
 * kernel's source and makes the call: read from Debian's linux-source tarballs under /usr/src.
 */
class ScenarioSitesTest {

    static List<Scenario> builtIns() throws Exception {
        List<Scenario> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Models.home().resolve("specs/scenarios"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".pin")).sorted().toList()) {
                out.add(ScenarioParser.parse(f).withFile(Models.home().relativize(f).toString()));
            }
        }
        return out;
    }

    @Test
    void everyBuiltInScenarioNamesItsKernel() throws Exception {
        for (Scenario s : builtIns()) {
            assertFalse(s.kernels().isEmpty(), s.file() + " has no 'kernel' line");
        }
    }

    @Test
    void everyCitedSiteIsInTheKernelItFollows() throws Exception {
        List<SiteCheck.Site> sites = SiteCheck.sites(builtIns());
        List<String> problems = new ArrayList<>();
        for (Kernel k : List.of(Kernel.LINUX_6_1, Kernel.LINUX_6_12)) {
            problems.addAll(SiteCheck.problems(sites, Sources.read(k, SiteCheck.files(sites, k))));
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void aSiteWithoutTheCallIsNamed() throws Exception {
        Scenario s = ScenarioParser.parse("""
                scenario wrong-site "a get_page cited where there is none"
                kernel 6.12
                page K kernel
                actor a
                  get_page K   @ fs/buffer.c:submit_bh_wbc
                """, "wrong.pin");
        List<SiteCheck.Site> sites = SiteCheck.sites(List.of(s));
        List<String> problems = SiteCheck.problems(sites, Sources.read(Kernel.LINUX_6_12, SiteCheck.files(sites,
                Kernel.LINUX_6_12)));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("wrong.pin:5: site 'fs/buffer.c:submit_bh_wbc' has no get_page in"
                + " linux-6.12"), problems.get(0));
    }

    @Test
    void aFunctionTheFileDoesNotDefineIsNamed() throws Exception {
        Scenario s = ScenarioParser.parse("""
                scenario no-such "a function fs/direct-io.c does not have"
                kernel 6.1
                page K kernel
                actor a
                  get_page K   @ fs/direct-io.c:dio_get_user_pages_magic
                """, "nosuch.pin");
        List<SiteCheck.Site> sites = SiteCheck.sites(List.of(s));
        List<String> problems = SiteCheck.problems(sites, Sources.read(Kernel.LINUX_6_1, SiteCheck.files(sites,
                Kernel.LINUX_6_1)));
        assertEquals(List.of("nosuch.pin:5: site 'fs/direct-io.c:dio_get_user_pages_magic' names a function"
                + " fs/direct-io.c does not define in linux-6.1"), problems);
    }

    /** The test's source of kernel files: an unpacked tree when one is given, else the tarball. */
    static final class Sources {
        static KernelSource read(Kernel k, java.util.Collection<String> files) throws Exception {
            String trees = System.getProperty("pincheck.kernel.trees", System.getenv().getOrDefault(
                    "PINCHECK_KERNEL_TREES", ""));
            Path tree = trees.isEmpty() ? null : Path.of(trees, "linux-source-" + k.token());
            if (tree != null && Files.isDirectory(tree)) {
                return KernelSource.fromTree(k, tree, files);
            }
            pincheck.Required.installed(KernelSource.installed(k), k.tarball().toString(), KernelSource.installLine(k));
            return KernelSource.fromTarball(k, files);
        }
    }
}
