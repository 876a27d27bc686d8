package pincheck.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example scenario parses into exactly the records a model builder needs. */
class ScenarioParserTest {

  @Test
  void parsesTheExample() throws ScenarioException {
    Scenario s = ScenarioParser.parse(Example.TEXT, Example.FILE);

    assertEquals("dio-zero-page", s.name());
    assertEquals("fs/direct-io.c: sub-block O_DIRECT write, new block's tail zeroed", s.description());
    assertEquals("dio.pin", s.file());
    assertEquals(
        ImmutableList.of(
            new PageDecl("U0", PageKind.USER, FolioSize.SMALL, 3),
            new PageDecl("U1", PageKind.USER, FolioSize.SMALL, 4),
            new PageDecl("Z", PageKind.ZERO, FolioSize.SMALL, 5),
            new PageDecl("P0", PageKind.PAGECACHE, FolioSize.LARGE, 6)),
        s.pages());
    assertEquals(
        ImmutableList.of(
            new IterDecl("it", IterKind.IOVEC, Direction.SOURCE, ImmutableList.of("U0", "U1"), 7),
            new IterDecl("dst", IterKind.IOVEC, Direction.DEST, ImmutableList.of("P0"), 8)),
        s.iters());
    assertEquals(ImmutableList.of(new BioDecl("b", BioOp.WRITE, "dio_bio_end_io", BioRelease.END_IO, 9)), s.bios());
    assertEquals(
        ImmutableList.of(
            new Actor(
                "dio",
                ImmutableList.of(
                    call(Op.IOV_ITER_GET_PAGES, "fs/direct-io.c:dio_refill_pages", 11, "it"),
                    call(Op.BIO_ADD_PAGE, "fs/direct-io.c:dio_bio_add_page", 12, "b", "U0"),
                    call(Op.BIO_ADD_PAGE, "fs/direct-io.c:dio_zero_block", 13, "b", "Z"),
                    call(Op.SUBMIT_BIO, "fs/direct-io.c:dio_bio_submit", 14, "b")),
                10),
            new Actor(
                "mm",
                ImmutableList.of(new Call(Op.MUNMAP, ImmutableList.of("U0"), Optional.empty(), 16)),
                15)),
        s.actors());
  }

  @Test
  void looksUpDeclarationsByName() throws ScenarioException {
    Scenario s = ScenarioParser.parse(Example.TEXT, Example.FILE);

    assertEquals(PageKind.ZERO, s.page("Z").orElseThrow().kind());
    assertEquals(Direction.DEST, s.iter("dst").orElseThrow().direction());
    assertTrue(s.iter("it").orElseThrow().kind().userBacked());
    assertEquals("dio_bio_end_io", s.bio("b").orElseThrow().endIo());
    assertEquals(16, s.actor("mm").orElseThrow().calls().get(0).line());
    assertFalse(s.page("b").isPresent(), "lookups are per kind");
    assertFalse(s.actor("nobody").isPresent());
  }

  @Test
  void readsAFileAndNamesItAsGiven(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("dio.pin");
    Files.writeString(file, Example.TEXT, StandardCharsets.UTF_8);

    Scenario s = ScenarioParser.parse(file);

    assertEquals(file.toString(), s.file());
    assertEquals(2, s.actors().size());
  }

  @Test
  void acceptsCrlfTabsBomAndCommentsAnywhere() throws ScenarioException {
    String text =
        "\uFEFF# header\r\n"
            + "scenario x \"a # not a comment @ not a site\"  # trailing\r\n"
            + "page\tU0\tuser # comment\r\n"
            + "actor a\r\n"
            + "\t# comment inside an actor\r\n"
            + "get_page U0@mm/gup.c:try_grab_page # site runs to the comment\r\n";

    Scenario s = ScenarioParser.parse(text, "t.pin");

    assertEquals("a # not a comment @ not a site", s.description());
    Call call = s.actors().get(0).calls().get(0);
    assertEquals(Optional.of("mm/gup.c:try_grab_page"), call.site());
    assertEquals(6, call.line());
  }

  @Test
  void declarationsMayFollowActorsIfDeclaredBeforeUse() throws ScenarioException {
    String text =
        "scenario x \"d\"\n"
            + "actor a\n"
            + "page U0 user\n"
            + "get_page U0\n"
            + "bio b read end_io end_bio\n"
            + "bio_add_page b U0\n"
            + "submit_bio b\n";

    Scenario s = ScenarioParser.parse(text, "t.pin");

    assertEquals(3, s.actors().get(0).calls().size(), "calls after a declaration stay in the actor");
  }

  @Test
  void directionWordCanBeWrittenToListAPageNamedLikeIt() throws ScenarioException {
    String text =
        "scenario x \"d\"\npage dest user\niter it ubuf source dest\nactor a\nget_page dest\n";

    IterDecl it = ScenarioParser.parse(text, "t.pin").iter("it").orElseThrow();

    assertEquals(Direction.SOURCE, it.direction());
    assertEquals(ImmutableList.of("dest"), it.pages());
  }

  @Test
  void acceptsLegalProgramOrders() throws ScenarioException {
    String text =
        "scenario x \"d\"\n"
            + "page K kernel\n"
            + "page U user\n"
            + "iter bv bvec K\n"
            + "iter u ubuf U\n"
            + "bio b write end_io e\n"
            + "bio c read end_io e\n"
            + "actor waiter\n"
            + "  wait_for_completion b  # another actor submits b, at any line\n"
            + "actor sub\n"
            + "  iov_iter_extract_pages u\n"
            + "  bio_add_page b U\n"
            + "  get_page K\n"
            + "  bio_add_page b K\n"
            + "  bio_iov_iter_get_pages c bv\n"
            + "  submit_bio b\n"
            + "  submit_bio c\n"
            + "  wait_for_completion c\n"
            + "  unpin_user_page U\n";

    Scenario s = ScenarioParser.parse(text, "t.pin");

    assertEquals(Op.UNPIN_USER_PAGE, s.actor("sub").orElseThrow().calls().get(8).op());
  }

  @Test
  void enumsRoundTripTheirTokens() {
    for (Op op : Op.values()) {
      assertEquals(Optional.of(op), Op.fromToken(op.cName()));
    }
    for (PageKind kind : PageKind.values()) {
      assertEquals(Optional.of(kind), PageKind.fromToken(kind.token()));
    }
    for (IterKind kind : IterKind.values()) {
      assertEquals(Optional.of(kind), IterKind.fromToken(kind.token()));
    }
    assertEquals(Optional.of(FolioSize.LARGE), FolioSize.fromToken("large"));
    assertEquals(Optional.of(Direction.DEST), Direction.fromToken("dest"));
    assertEquals(Optional.of(BioOp.READ), BioOp.fromToken("read"));
    assertEquals(Optional.empty(), Op.fromToken("BIO_ADD_PAGE"));
    assertEquals(Optional.empty(), PageKind.fromToken(null));
    assertEquals("bio_add_page BIO PAGE", Op.BIO_ADD_PAGE.usage());
    assertTrue(IterKind.UBUF.userBacked());
    assertFalse(IterKind.PIPE.userBacked());
  }

  private static Call call(Op op, String site, int line, String... args) {
    return new Call(op, ImmutableList.copyOf(args), Optional.of(site), line);
  }
}
