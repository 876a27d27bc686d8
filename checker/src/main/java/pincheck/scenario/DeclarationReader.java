package pincheck.scenario;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;

/** Reads page, iter and bio lines into declarations, in file order. */
final class DeclarationReader {
  private static final String PAGE_FORM =
      "page NAME " + PageKind.tokens().alternatives() + " [" + FolioSize.tokens().alternatives()
          + "] [stable] [movable]";
  // The mapping needs stable writes (SB_I_STABLE_WRITES): a write fault waits for writeback.
  private static final String STABLE = "stable";
  // In ZONE_MOVABLE or a CMA pageblock: a FOLL_LONGTERM pin migrates it first.
  private static final String MOVABLE = "movable";
  private static final String ITER_FORM =
      "iter NAME " + IterKind.tokens().alternatives() + " [" + Direction.tokens().alternatives()
          + "] PAGE...";
  private static final String BIO_FORM =
      "bio NAME " + BioOp.tokens().alternatives() + " end_io FUNC [deferred|no-release] [as-taken]";
  // The end_io gives each page back the way it was taken, with a release loop of its own.
  private static final String AS_TAKEN = "as-taken";

  private final Symbols symbols;
  private final List<PageDecl> pages = new ArrayList<>();
  private final List<IterDecl> iters = new ArrayList<>();
  private final List<BioDecl> bios = new ArrayList<>();

  DeclarationReader(Symbols symbols) {
    this.symbols = symbols;
  }

  void page(SourceLine line) throws ScenarioException {
    checkCount(line, pages.size(), "pages");
    Arity.check(line, 2, 5, PAGE_FORM);
    String name = declare(line, SymbolKind.PAGE);
    String kindToken = line.args().get(1).text();
    PageKind kind =
        PageKind.fromToken(kindToken)
            .orElseThrow(
                () ->
                    line.error(
                        "unknown page kind '" + Names.show(kindToken) + "'; page kinds are "
                            + PageKind.tokens().list()));
    FolioSize folio = FolioSize.SMALL;
    boolean stable = false;
    boolean movable = false;
    Set<String> said = new HashSet<>();
    for (Token t : line.args().subList(2, line.args().size())) {
      String word = t.text();
      Optional<FolioSize> size = FolioSize.fromToken(word);
      if (!said.add(size.isPresent() ? "size" : word)) {
        throw line.error("page '" + name + "' says '" + Names.show(word) + "' twice, or two folio sizes;"
            + " write '" + PAGE_FORM + "'");
      }
      if (size.isPresent()) {
        folio = size.get();
      } else if (word.equals(STABLE)) {
        if (kind != PageKind.PAGECACHE) {
          throw line.error("'stable' is a property of a file mapping (SB_I_STABLE_WRITES), and '"
              + name + "' is a " + kind.token() + " page; declare it 'pagecache' or drop 'stable'");
        }
        stable = true;
      } else if (word.equals(MOVABLE)) {
        movable = true;
      } else {
        throw line.error("bad page attribute '" + Names.show(word) + "'; after the kind write "
            + FolioSize.tokens().list().replace(", ", " or ") + " (default small), 'stable' (the mapping"
            + " needs stable writes) or 'movable' (ZONE_MOVABLE or CMA): '" + PAGE_FORM + "'");
      }
    }
    pages.add(new PageDecl(name, kind, folio, stable, movable, line.number()));
  }

  void iter(SourceLine line) throws ScenarioException {
    checkCount(line, iters.size(), "iters");
    Arity.check(line, 3, Arity.UNBOUNDED, ITER_FORM);
    String name = Names.checkIterName(line, declare(line, SymbolKind.ITER));
    String kindToken = line.args().get(1).text();
    IterKind kind =
        IterKind.fromToken(kindToken)
            .orElseThrow(
                () ->
                    line.error(
                        "unknown iter kind '" + Names.show(kindToken) + "'; iter kinds are "
                            + IterKind.tokens().list()));
    // A direction word wins over a page of the same name; write the direction to list such a page.
    int first = 2;
    Optional<Direction> given = Direction.fromToken(line.args().get(2).text());
    Direction direction = given.orElse(Direction.SOURCE);
    if (given.isPresent()) {
      first = 3;
    } else {
      String word = line.args().get(2).text();
      rejectBadDirection(line, word.indexOf('[') < 0 ? word : word.substring(0, word.indexOf('[')));
    }
    if (first == line.args().size()) {
      throw line.error(
          "iter '" + name + "' has no pages; list the pages it covers: 'iter " + name + " "
              + kind.token() + " " + direction.token() + " PAGE...'");
    }
    ImmutableList.Builder<String> held = ImmutableList.builder();
    ImmutableList.Builder<Bytes> ranges = ImmutableList.builder();
    Symbols.Use use = new Symbols.Use("iter", ITER_FORM);
    for (Token token : line.args().subList(first, line.args().size())) {
      String text = token.text();
      int bracket = text.indexOf('[');
      String pageName = bracket < 0 ? text : text.substring(0, bracket);
      String page = symbols.resolve(line, new Token(pageName, false), SymbolKind.PAGE, use);
      checkHolds(line, name, kind, page);
      Bytes range = bracket < 0 ? Bytes.PAGE : range(line, text.substring(bracket), page);
      // One position per page the bytes touch, each with its part of them.
      int firstPage = range.off() / Bytes.PAGE_SIZE;
      int lastPage = (range.off() + range.len() - 1) / Bytes.PAGE_SIZE;
      for (int k = firstPage; k <= lastPage; k++) {
        int from = Math.max(range.off(), k * Bytes.PAGE_SIZE);
        int to = Math.min(range.off() + range.len(), (k + 1) * Bytes.PAGE_SIZE);
        held.add(page);
        ranges.add(new Bytes(from, to - from));
      }
    }
    iters.add(new IterDecl(name, kind, direction, held.build(), ranges.build(), line.number()));
  }

  void bio(SourceLine line) throws ScenarioException {
    checkCount(line, bios.size(), "bios");
    Arity.check(line, 4, 6, BIO_FORM);
    String name = declare(line, SymbolKind.BIO);
    String opToken = line.args().get(1).text();
    BioOp op =
        BioOp.fromToken(opToken)
            .orElseThrow(
                () ->
                    line.error(
                        "unknown bio op '" + Names.show(opToken) + "'; use "
                            + BioOp.tokens().list().replace(", ", " or ") + ": '" + BIO_FORM
                            + "'"));
    String keyword = line.args().get(2).text();
    if (!keyword.equals("end_io")) {
      throw line.error(
          "expected 'end_io' before the function name, found '" + Names.show(keyword)
              + "'; write '" + BIO_FORM + "'");
    }
    String endIo = Names.checkFunction(line, line.args().get(3));
    BioRelease release = BioRelease.END_IO;
    List<Token> rest = new ArrayList<>(line.args().subList(4, line.args().size()));
    boolean asTaken = !rest.isEmpty() && rest.get(rest.size() - 1).text().equals(AS_TAKEN);
    if (asTaken) {
      rest.remove(rest.size() - 1);
    }
    if (rest.size() > 1) {
      throw line.error("a bio takes at most one of deferred or no-release, then as-taken; write '"
          + BIO_FORM + "'");
    }
    if (rest.size() == 1) {
      String token = rest.get(0).text();
      release =
          BioRelease.fromToken(token)
              .filter(r -> r != BioRelease.END_IO)
              .orElseThrow(
                  () ->
                      line.error(
                          "unknown bio release '" + Names.show(token)
                              + "'; write 'deferred' (the end_io queues the release to a"
                              + " workqueue) or 'no-release' (the submitter releases), or nothing"));
    }
    if (asTaken && release == BioRelease.NO_RELEASE) {
      throw line.error("bio '" + name + "' is no-release and as-taken: an end_io that releases nothing"
          + " gives nothing back; keep one of them");
    }
    bios.add(new BioDecl(name, op, endIo, release, asTaken, line.number()));
  }

  ImmutableList<PageDecl> pages() {
    return ImmutableList.copyOf(pages);
  }

  ImmutableList<IterDecl> iters() {
    return ImmutableList.copyOf(iters);
  }

  ImmutableList<BioDecl> bios() {
    return ImmutableList.copyOf(bios);
  }

  private String declare(SourceLine line, SymbolKind kind) throws ScenarioException {
    String name = Names.checkName(line, line.args().get(0));
    symbols.declare(line, name, kind);
    return name;
  }

  // "[OFF,LEN]" after a page: bytes of its folio, multiples of 1 KiB, inside the folio.
  private Bytes range(SourceLine line, String text, String page) throws ScenarioException {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(\\d{1,6}),(\\d{1,6})]").matcher(text);
    String fix = "; write PAGE[OFF,LEN] in bytes, multiples of " + Bytes.UNIT + ", e.g. " + page + "[2048,4096]";
    if (!m.matches()) {
      throw line.error("bad byte range '" + Names.show(text) + "' after page '" + page + "'" + fix);
    }
    int off = Integer.parseInt(m.group(1));
    int len = Integer.parseInt(m.group(2));
    if (len == 0 || off % Bytes.UNIT != 0 || len % Bytes.UNIT != 0) {
      throw line.error("byte range " + text + " of page '" + page + "' is not whole KiB or is empty" + fix);
    }
    boolean large = pages.stream().filter(p -> p.name().equals(page)).findFirst()
        .map(p -> p.folio() == FolioSize.LARGE).orElse(false);
    int size = large ? Limits.LARGE_FOLIO_PAGES * Bytes.PAGE_SIZE : Bytes.PAGE_SIZE;
    if (off + len > size) {
      throw line.error("byte range " + text + " runs past the end of " + (large ? "large folio" : "page") + " '"
          + page + "' (" + size + " bytes" + (large ? ", the models' large folios have "
          + Limits.LARGE_FOLIO_PAGES + " pages" : "; declare it 'large' for a range over several pages")
          + ")" + fix);
    }
    return new Bytes(off, len);
  }

  private void rejectBadDirection(SourceLine line, String word) throws ScenarioException {
    if (!symbols.declaredAnywhere(word)) {
      throw line.error(
          "'" + Names.show(word) + "' is neither a direction nor a declared page; write "
              + Direction.tokens().list().replace(", ", " or ")
              + " after the iter kind, or declare the page before this line");
    }
  }

  private PageKind kindOf(String page) {
    return pages.stream()
        .filter(p -> p.name().equals(page))
        .findFirst()
        .map(PageDecl::kind)
        .orElseThrow(() -> new IllegalStateException("resolved page without declaration"));
  }

  private void checkHolds(SourceLine line, String iter, IterKind kind, String page)
      throws ScenarioException {
    PageKind pageKind = kindOf(page);
    if (kind.canHold(pageKind)) {
      return;
    }
    if (kind.userBacked()) {
      throw line.error(
          "iter '" + iter + "' is a user-backed " + kind.token()
              + " and cannot hold kernel page '" + page + "'; declare '" + page
              + "' as user, pagecache or zero, or make '" + iter + "' a bvec, kvec or pipe");
    }
    throw line.error(
        "iter '" + iter + "' is a " + kind.token() + " and holds only kernel pages, but '" + page
            + "' is a " + pageKind.token() + " page; declare it with 'page " + page
            + " kernel' or make '" + iter + "' an iovec, ubuf or bvec");
  }

  private static void checkCount(SourceLine line, int count, String what)
      throws ScenarioException {
    if (count >= Limits.MAX_DECLARATIONS) {
      throw line.error(
          "more than " + Limits.MAX_DECLARATIONS + " " + what
              + "; keep models small enough to check exhaustively, split the scenario");
    }
  }
}
