package pincheck.tla;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import pincheck.design.Design;
import pincheck.design.DesignException;
import pincheck.design.Presets;
import pincheck.property.Property;
import pincheck.scenario.Scenario;
import pincheck.scenario.ScenarioException;
import pincheck.scenario.ScenarioParser;
import pincheck.verdict.CheckResult;
import pincheck.verdict.PropertyResult;

/** Test fixture: check a scenario written in the test under a preset, with TLC. */
public final class Models {
    private Models() {}

    /**
     * A user page and ZERO_PAGE in one write bio, as fs/direct-io.c does: the smallest mixed bio.
     * In 6.12 the bio is BIO_PAGE_PINNED and releases the extracted pin.
     */
    public static final String USER_AND_ZERO = """
            scenario user-and-zero "a user page and ZERO_PAGE in one bio"
            kernel 2019 6.12
            page U0 user
            page Z zero
            iter it iovec U0
            bio b write end_io e
            actor a
              2019: iov_iter_get_pages it
              6.12: iov_iter_extract_pages it
              6.12: bio_set_flag b BIO_PAGE_PINNED
              bio_add_page b U0
              bio_add_page b Z
              submit_bio b
            """;

    /** One user page in two write bios that may merge into one request (the Alloy mirror refuses it). */
    public static final String SHARED_PAGE = """
            scenario shared-page "one user page in two bios of one request"
            kernel 2019
            page U0 user
            iter i1 iovec U0
            iter i2 iovec U0
            bio b1 write end_io e
            bio b2 write end_io e
            actor a
              iov_iter_get_pages i1
              bio_add_page b1 U0
              submit_bio b1
            actor z
              iov_iter_get_pages i2
              bio_add_page b2 U0
              submit_bio b2
            """;

    /**
     * fs/direct-io.c's tail zeroing after a data GUP; %s is what comes first in the one actor
     * (a munmap of the data page, or nothing). ZERO_PAGE goes in only after the data page was got.
     */
    public static final String ZERO_TAIL = """
            scenario zt "a block's tail zeroed with ZERO_PAGE after the data GUP"
            kernel 6.12
            page U0 user
            page Z  zero
            iter it iovec U0
            bio  b  write end_io dio_bio_end_io no-release
            actor dio
            %s  iov_iter_extract_pages it
              bio_set_flag b BIO_PAGE_PINNED
              bio_add_page b U0
              folio_add_pin U0
              unpin_user_page U0
              bio_add_page b Z
              submit_bio b
              wait_for_completion b
              bio_release_pages b
            """;

    /** A pin after fork over a COW-shared page and one the parent kept exclusive (FidelityTest, AgreementTest). */
    public static final String UNSHARE = """
            scenario unshare "a pin after fork over a shared page and one the parent kept exclusive"
            kernel 6.12
            page U0 user
            page U1 user
            iter one ubuf dest U1
            iter both ubuf dest U0 U1
            actor a
              pin_user_pages_fast one
              fork
              pin_user_pages_fast both
            """;

    /**
     * A writeback of a page-cache page during an O_DIRECT read into it; %s is where a first writeback
     * goes (FidelityTest, AgreementTest).
     */
    public static final String CLEAN = """
            scenario clean "a writeback of a page, during an O_DIRECT read into it"
            kernel 6.12
            page F pagecache
            page K kernel
            iter buf iovec dest F
            bio sync write end_io e no-release
            bio b read end_io e
            actor wb
            %s
              bio_add_page sync K
              submit_bio sync
              page_mkclean F
              writepage F
              end_page_writeback F
            actor dio
              wait_for_completion sync
              iov_iter_extract_pages buf
              bio_set_flag b BIO_PAGE_PINNED
              bio_add_page b F
              submit_bio b
              wait_for_completion b
            """;

    /**
     * A JUnit resource lock for the test classes that also run Alloy in the test JVM (parse a
     * module, run AlloyRunner) besides its worker JVMs: one such class at a time, and JUnit runs
     * a TLC class beside it. A class whose checks all go to worker JVMs (AgreementTest) needs none.
     */
    public static final String ALLOY_LOCK = "alloy";

    public static Path home() {
        return SpecFiles.home().orElseThrow(() -> new IllegalStateException("no specs/tla; set pincheck.home"));
    }

    public static Scenario scenario(String text) throws ScenarioException {
        return ScenarioParser.parse(text, "test.pin");
    }

    public static Scenario builtIn(String name) throws ScenarioException {
        return ScenarioParser.parse(home().resolve("specs/scenarios/" + name + ".pin"));
    }

    public static CheckResult check(Scenario s, String preset, String... settings) throws IOException, DesignException {
        return check(s, List.of(Property.values()), preset, settings);
    }

    /** Only the given properties: fewer TLC runs when a test looks at one. */
    public static CheckResult check(Scenario s, List<Property> properties, String preset, String... settings)
            throws IOException, DesignException {
        Design d = Presets.override(Presets.get(preset), List.of(settings));
        Path work = Files.createTempDirectory("pincheck-test-");
        return TlcChecker.check(TlcChecker.Request.of(s, d, SpecFiles.tlaDir(home()), work).withProperties(properties)
                .withOptions(new TlcRunner.Options(Duration.ofMinutes(5), 1, "")));
    }

    public static PropertyResult result(CheckResult r, Property p) {
        return r.results().stream().filter(x -> x.property() == p).findFirst().orElseThrow();
    }
}
