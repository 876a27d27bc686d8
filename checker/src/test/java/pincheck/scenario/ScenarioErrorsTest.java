package pincheck.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of bad input: the exact FILE:LINE prefix and the phrase that names it. */
class ScenarioErrorsTest {
  private static final String FILE = "t.pin";

  /** Lines 1-7; a test's calls start on line 8. */
  private static final List<String> BASE =
      List.of(
          "scenario x \"d\"",
          "page U0 user",
          "page Z zero",
          "page K kernel",
          "iter it iovec U0",
          "bio b write end_io e",
          "actor a");

  // ---- keywords, calls, arguments ----

  @Test
  void unknownKeyword() {
    fails(2, "unknown keyword 'pgae' (did you mean 'page'?); lines start with", "scenario x \"d\"", "pgae U0 user");
  }

  @Test
  void unknownCall() {
    fails(8, "unknown call 'bio_add_pages' (did you mean 'bio_add_page'?); known calls are iov_iter_get_pages,",
        base("bio_add_pages b U0"));
  }

  @Test
  void wrongNumberOfCallArguments() {
    fails(8, "bio_add_page takes 2 arguments, got 1; write 'bio_add_page BIO PAGE'", base("bio_add_page b"));
  }

  @Test
  void wrongNumberOfDeclarationArguments() {
    fails(2, "page takes 2 to 5 arguments, got 1; write 'page NAME user|pagecache|zero|kernel [small|large] [stable]"
        + " [movable]'",
        "scenario x \"d\"", "page U0");
    fails(2, "bio takes 4 to 6 arguments, got 2; write 'bio NAME read|write end_io FUNC [deferred|no-release] [as-taken]'",
        "scenario x \"d\"", "bio b write");
    fails(2, "actor takes 1 argument, got 2", "scenario x \"d\"", "actor a b");
    fails(1, "scenario takes a name and a quoted description, got 1", "scenario x");
  }

  @Test
  void wrongKindOfArgument() {
    fails(8, "'it' is an iter, bio_add_page expects a page here; write 'bio_add_page BIO PAGE'",
        base("bio_add_page b it"));
    fails(8, "'a' is an actor, submit_bio expects a bio here", base("submit_bio a"));
    fails(3, "'b' is a bio, iter expects a page here", "scenario x \"d\"", "bio b read end_io e", "iter i iovec b");
  }

  @Test
  void undeclaredName() {
    fails(8, "page 'U3' is not declared; declare it with 'page U3 user' before this line", base("get_page U3"));
    fails(8, "bio 'c' is not declared; declare it with 'bio c write end_io FUNC'", base("submit_bio c"));
  }

  @Test
  void nameUsedBeforeItsDeclaration() {
    fails(3, "page 'U9' is used before its declaration on line 5; move the declaration above this line",
        "scenario x \"d\"", "actor a", "get_page U9", "get_page U9", "page U9 user");
    fails(3, "'c' is a bio (declared on line 4), iter expects a page here",
        "scenario x \"d\"", "page U0 user", "iter i iovec U0 c", "bio c read end_io e");
  }

  @Test
  void duplicateName() {
    fails(3, "duplicate name 'U0', already declared as a page on line 2; pick another name",
        "scenario x \"d\"", "page U0 user", "bio U0 write end_io e");
  }

  @Test
  void duplicateActor() {
    fails(11, "duplicate actor 'a', already declared on line 7; merge the two programs",
        base("get_page U0", "actor c", "get_page U0", "actor a", "get_page U0"));
  }

  @Test
  void invalidNameCharacters() {
    fails(2, "'U-0' is not a valid name; names start with a letter", "scenario x \"d\"", "page U-0 user");
    fails(2, "'0U' is not a valid name", "scenario x \"d\"", "page 0U user");
  }

  @Test
  void nameTooLong() {
    String name = "P".repeat(33);
    fails(2, "is 33 characters long; names are at most 32 characters", "scenario x \"d\"", "page " + name + " user");
    String ok = "P".repeat(32);
    parses("scenario x \"d\"", "page " + ok + " user", "actor a", "get_page " + ok);
  }

  @Test
  void reservedName() {
    fails(9, "'irq' is reserved for the built-in irq context", base("get_page U0", "actor irq", "get_page U0"));
    fails(2, "'workqueue' is reserved", "scenario x \"d\"", "page workqueue user");
  }

  @Test
  void unknownPageKind() {
    fails(2, "unknown page kind 'anon'; page kinds are user, pagecache, zero, kernel", "scenario x \"d\"", "page U0 anon");
  }

  @Test
  void unknownIterKind() {
    fails(3, "unknown iter kind 'iov'; iter kinds are iovec, ubuf, bvec, kvec, pipe",
        "scenario x \"d\"", "page U0 user", "iter i iov U0");
  }

  @Test
  void iterHoldingTheWrongKindOfPage() {
    fails(3, "iter 'i' is a kvec and holds only kernel pages, but 'U0' is a user page; declare it with 'page U0 kernel'",
        "scenario x \"d\"", "page U0 user", "iter i kvec U0");
    fails(3, "iter 'i' is a user-backed ubuf and cannot hold kernel page 'K'",
        "scenario x \"d\"", "page K kernel", "iter i ubuf K");
  }

  @Test
  void iterWithoutPages() {
    fails(2, "iter takes at least 3 arguments, got 2", "scenario x \"d\"", "iter i iovec");
    fails(2, "iter 'i' has no pages; list the pages it covers", "scenario x \"d\"", "iter i iovec dest");
  }

  @Test
  void badFolioSize() {
    fails(2, "bad page attribute 'huge'; after the kind write small or large (default small), 'stable'",
        "scenario x \"d\"", "page U0 user huge");
  }

  @Test
  void badDirection() {
    fails(3, "'sorce' is neither a direction nor a declared page; write source or dest",
        "scenario x \"d\"", "page U0 user", "iter i iovec sorce U0");
  }

  @Test
  void badBioLine() {
    fails(2, "unknown bio op 'rw'; use read or write", "scenario x \"d\"", "bio b rw end_io e");
    fails(2, "expected 'end_io' before the function name, found 'endio'", "scenario x \"d\"", "bio b read endio e");
    fails(2, "'dio-end' is not a C function name", "scenario x \"d\"", "bio b read end_io dio-end");
  }

  // ---- the scenario line ----

  @Test
  void missingScenarioLine() {
    fails(2, "missing 'scenario' line: expected 'scenario NAME \"DESCRIPTION\"' as the first line, found 'page'",
        "# comment", "page U0 user");
    failsWithoutLine("no 'scenario' line; start the file with", "# only comments", "");
  }

  @Test
  void repeatedScenarioLine() {
    fails(3, "repeated 'scenario' line; the scenario is already named 'x' on line 1", "scenario x \"d\"", "", "scenario y \"e\"");
  }

  @Test
  void badScenarioNameAndDescription() {
    fails(1, "'Dio' is not a valid scenario name", "scenario Dio \"d\"");
    fails(1, "the description must be in double quotes", "scenario x d");
    fails(1, "empty description", "scenario x \"  \"");
  }

  @Test
  void unterminatedQuote() {
    fails(1, "unterminated quote; close the description with '\"'", "scenario x \"fs/direct-io.c # no end");
  }

  @Test
  void strayQuotes() {
    fails(2, "unexpected quoted text \"U0\"; only the scenario description is quoted", "scenario x \"d\"", "page \"U0\" user");
    fails(1, "stray '\"' after 'x'", "scenario x\"d\"");
    fails(1, "text right after the closing quote", "scenario x \"d\"e");
  }

  // ---- actors ----

  @Test
  void callBeforeAnyActor() {
    fails(3, "call 'get_page' before any actor; put an 'actor NAME' line above it", "scenario x \"d\"", "page U0 user", "get_page U0");
  }

  @Test
  void actorWithNoCalls() {
    fails(7, "actor 'a' has no calls; add its calls below the actor line or remove it", base("actor c", "get_page U0"));
    fails(7, "actor 'a' has no calls", base());
  }

  @Test
  void noActors() {
    failsWithoutLine("no actors; add 'actor NAME' followed by the calls it makes", "scenario x \"d\"", "page U0 user");
  }

  @Test
  void siteOnlyOnCallLines() {
    fails(2, "'@ SITE' belongs on call lines only; remove it from this page line", "scenario x \"d\"", "page U0 user @ mm/x.c");
    fails(8, "empty call site after '@'", base("get_page U0 @ # nothing"));
    fails(8, "'@ SITE' without a call", base("@ mm/gup.c:f"));
  }

  // ---- program order ----

  @Test
  void bioAddPageOfAPageNotObtained() {
    fails(8, "bio_add_page of page 'U0' that actor 'a' has not obtained; first take it (iov_iter_get_pages2",
        base("bio_add_page b U0"));
    // Another actor's reference does not count: program order is per actor.
    fails(10, "bio_add_page of page 'U0' that actor 'c' has not obtained",
        base("iov_iter_get_pages2 it", "actor c", "bio_add_page b U0"));
    // A kernel or page-cache page its owner keeps may go into a bio with no reference of its own.
    parses(base("bio_add_page b K"));
    parses(base("get_page K", "bio_add_page b K", "bio_add_page b Z", "iov_iter_get_pages_alloc it", "bio_add_page b U0"));
  }

  /** Issue 15, item 9: a put of a page the actor never took frees a page still mapped. */
  @Test
  void aPutOfAPageNotObtained() {
    fails(8, "put_page of page 'U0' that actor 'a' has not obtained; first take it (iov_iter_get_pages2",
        base("put_page U0"));
    fails(8, "unpin_user_page of page 'U0' that actor 'a' has not obtained", base("unpin_user_page U0"));
    fails(8, "put_user_page of page 'Z' that actor 'a' has not obtained", base("put_user_page Z"));
    // another actor's reference does not count
    fails(10, "put_page of page 'U0' that actor 'c' has not obtained",
        base("iov_iter_get_pages it", "actor c", "put_page U0"));
    // a kernel page's owner holds its reference: any actor may stand for the owner
    parses(base("put_page K"));
    parses(base("iov_iter_get_pages it", "put_page U0"));
    parses(base("get_page U0", "unpin_user_page U0"));
    parses(base("bio_iov_iter_get_pages b it", "put_page U0"));
  }

  @Test
  void fillingABioAfterSubmittingIt() {
    fails(10, "bio_add_page to bio 'b' after this actor submitted it on line 9; fill the bio before 'submit_bio b'",
        base("get_page U0", "submit_bio b", "bio_add_page b U0"));
    fails(9, "bio_iov_iter_get_pages to bio 'b' after this actor submitted it on line 8",
        base("submit_bio b", "bio_iov_iter_get_pages b it"));
  }

  @Test
  void submittingABioTwice() {
    fails(9, "bio 'b' is submitted twice (first on line 8)", base("submit_bio b", "submit_bio b"));
    fails(10, "bio 'b' is submitted twice (first on line 8)", base("submit_bio b", "actor c", "submit_bio b"));
  }

  @Test
  void waitingForABioNobodySubmits() {
    fails(8, "wait_for_completion of bio 'b' that no actor submits; add 'submit_bio b'", base("wait_for_completion b"));
    fails(8, "wait_for_completion of bio 'b' before this actor submits it on line 9",
        base("wait_for_completion b", "submit_bio b"));
  }

  // ---- limits and encoding ----

  @Test
  void tooManyPages() {
    List<String> lines = new ArrayList<>(List.of("scenario x \"d\""));
    for (int i = 0; i < 65; i++) {
      lines.add("page P" + i + " user");
    }
    fails(66, "more than 64 pages; keep models small", lines.toArray(String[]::new));
  }

  @Test
  void tooManyActors() {
    List<String> lines = new ArrayList<>(List.of("scenario x \"d\"", "page U0 user"));
    for (int i = 0; i < 65; i++) {
      lines.add("actor A" + i);
      lines.add("get_page U0");
    }
    fails(131, "more than 64 actors", lines.toArray(String[]::new));
  }

  @Test
  void tooManyCallsInOneActor() {
    List<String> lines = new ArrayList<>(BASE);
    for (int i = 0; i < 201; i++) {
      lines.add("get_page U0");
    }
    fails(208, "actor 'a' has more than 200 calls; keep models small", lines.toArray(String[]::new));
  }

  @Test
  void fileLargerThanOneMebibyte(@TempDir Path dir) throws Exception {
    String big = Example.TEXT + "#".repeat(1 << 20);
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioParser.parse(big, FILE));
    assertEquals("t.pin: file is larger than 1 MiB; scenarios model a few calls, split it into smaller scenarios", e.getMessage());
    assertEquals(0, e.line());

    Path file = dir.resolve("big.pin");
    Files.writeString(file, big);
    e = assertThrows(ScenarioException.class, () -> ScenarioParser.parse(file));
    assertTrue(e.getMessage().startsWith(file + ": file is larger than 1 MiB"), e.getMessage());
  }

  @Test
  void controlCharacter() {
    fails(2, "unexpected control character U+0007", "scenario x \"d\"", "page U0\u0007 user");
    fails(2, "unexpected control character U+202E", "scenario x \"d\"", "page U0 user # \u202E bidi");
    fails(1, "invalid character (unpaired surrogate)", "scenario x \"\uD800\"");
  }

  @Test
  void invalidUtf8(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.pin");
    byte[] head = "scenario x \"d\"\npage U0 user\n# caf".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = Arrays.copyOf(head, head.length + 2);
    bytes[head.length] = (byte) 0xE9;
    bytes[head.length + 1] = '\n';
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioParser.parse(file.resolveSibling(write(file, bytes))));
    assertEquals(file + ":3: invalid UTF-8 (byte 0xE9); save the file as UTF-8", e.getMessage());
    assertEquals(3, e.line());
  }

  @Test
  void unreadableFile(@TempDir Path dir) {
    Path missing = dir.resolve("missing.pin");
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioParser.parse(missing));
    assertEquals(missing + ": cannot read: no such file", e.getMessage());
    assertEquals(missing.toString(), e.file());
    assertEquals(0, e.line());

    e = assertThrows(ScenarioException.class, () -> ScenarioParser.parse(dir));
    assertTrue(e.getMessage().startsWith(dir + ": cannot read: "), e.getMessage());
  }

  @Test
  void exceptionCarriesFileLineAndDetail() {
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioParser.parse(join(base("get_page U3")), FILE));
    assertEquals(FILE, e.file());
    assertEquals(8, e.line());
    assertTrue(e.detail().startsWith("page 'U3' is not declared"), e.detail());
    assertEquals(FILE + ":8: " + e.detail(), e.getMessage());
  }

  // ---- helpers ----

  private static String write(Path file, byte[] bytes) throws Exception {
    Files.write(file, bytes);
    return file.getFileName().toString();
  }

  private static String[] base(String... calls) {
    List<String> lines = new ArrayList<>(BASE);
    lines.addAll(List.of(calls));
    return lines.toArray(String[]::new);
  }

  private static String join(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  private static void parses(String... lines) {
    try {
      ScenarioParser.parse(join(lines), FILE);
    } catch (ScenarioException e) {
      throw new AssertionError("expected to parse, got " + e.getMessage(), e);
    }
  }

  private static void fails(int line, String phrase, String... lines) {
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioParser.parse(join(lines), FILE));
    String prefix = FILE + ":" + line + ": ";
    assertTrue(e.getMessage().startsWith(prefix), () -> "expected prefix " + prefix + " in " + e.getMessage());
    assertTrue(e.getMessage().contains(phrase), () -> "expected '" + phrase + "' in " + e.getMessage());
    assertEquals(line, e.line());
    assertTrue(e.getMessage().contains("; "), () -> "message should name the fix: " + e.getMessage());
  }

  private static void failsWithoutLine(String phrase, String... lines) {
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioParser.parse(join(lines), FILE));
    assertEquals(FILE + ": " + phrase, e.getMessage().substring(0, FILE.length() + 2 + phrase.length()));
    assertEquals(0, e.line());
  }

  // ---- kernels: the kernel line and guarded calls ----

  @Test
  void kernelLinesAndGuardsAreChecked() {
    fails(2, "unknown kernel '5.4'; the kernels are 2019, 6.1, 6.12", "scenario x \"d\"", "kernel 5.4");
    fails(3, "repeated 'kernel' line (first on line 2)", "scenario x \"d\"", "kernel 6.1", "kernel 6.12");
    fails(2, "kernel 6.1 is named twice", "scenario x \"d\"", "kernel 6.1 6.1");
    fails(5, "the line is guarded for 6.1 but the 'kernel' line names 6.12", "scenario x \"d\"", "kernel 6.12",
        "page K kernel", "actor a", "6.1: get_page K");
    fails(4, "a line guarded for 6.12 needs a 'kernel' line", "scenario x \"d\"", "page K kernel", "actor a",
        "6.12: get_page K");
    fails(4, "a kernel guard goes on call lines only", "scenario x \"d\"", "kernel 6.12", "actor a",
        "6.12: page K kernel");
  }

  @Test
  void aCallMustExistInTheKernelItRunsUnder() {
    fails(6, "iov_iter_extract_pages is not a call of linux-6.1", "scenario x \"d\"", "kernel 6.1 6.12",
        "page U0 user", "iter it iovec U0", "actor a", "iov_iter_extract_pages it");
    fails(6, "(6.1: iov_iter_get_pages2, which takes FOLL_GET references)", "scenario x \"d\"",
        "kernel 6.1", "page U0 user", "iter it iovec U0", "actor a", "iov_iter_extract_pages it");
    fails(6, "BIO_PAGE_PINNED is not a bio flag of linux-6.1", "scenario x \"d\"", "kernel 6.1",
        "page U0 user", "bio b write end_io e", "actor a", "bio_set_flag b BIO_PAGE_PINNED");
    fails(6, "iter 'p' is an ITER_PIPE, which linux-6.12 does not have", "scenario x \"d\"", "kernel 6.12",
        "page K kernel", "iter p pipe K", "actor a", "iov_iter_get_pages2 p");
    // the first call, whose kernels leave no kernel that has the rest
    fails(5, "no kernel has every call of this scenario", "scenario x \"d\"", "page U0 user",
        "iter it iovec U0", "actor a", "iov_iter_extract_pages it", "put_user_page U0");
    // Guarded, the same calls are fine: each kernel runs its own line.
    parses("scenario x \"d\"", "kernel 6.1 6.12", "page U0 user", "iter it iovec U0", "actor a",
        "6.1: iov_iter_get_pages2 it", "6.12: iov_iter_extract_pages it");
  }

  @Test
  void stableAndAsTakenAreChecked() {
    fails(2, "'stable' is a property of a file mapping", "scenario x \"d\"", "page U0 user stable");
    fails(2, "is no-release and as-taken", "scenario x \"d\"", "bio b read end_io e no-release as-taken");
    parses("scenario x \"d\"", "page F pagecache large stable", "bio b read end_io e deferred as-taken",
        "actor a", "submit_bio b");
  }
}
