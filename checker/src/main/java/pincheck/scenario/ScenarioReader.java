package pincheck.scenario;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Drives the passes: lex every line, read the header, declarations and programs, check. */
final class ScenarioReader {
  static final ImmutableList<String> KEYWORDS =
      ImmutableList.of("scenario", "kernel", "page", "iter", "bio", "actor", "symmetric", "covers");

  private ScenarioReader() {}

  static Scenario read(String file, List<String> rawLines) throws ScenarioException {
    List<SourceLine> lines = lex(file, rawLines);
    if (lines.isEmpty()) {
      throw new ScenarioException(
          file, 0, "no 'scenario' line; start the file with '" + Header.FORM + "'");
    }
    Header header = header(lines.get(0));
    Symbols symbols = Symbols.prescan(lines);
    DeclarationReader declarations = new DeclarationReader(symbols);
    ProgramReader programs = new ProgramReader(symbols);
    List<SourceLine> symmetric = new ArrayList<>();
    Optional<SourceLine> kernelLine = Optional.empty();
    ImmutableSet<Kernel> kernels = ImmutableSet.of();
    CoversLine covers = new CoversLine();
    for (SourceLine line : lines.subList(1, lines.size())) {
      if (line.keyword().equals("scenario")) {
        throw line.error(
            "repeated 'scenario' line; the scenario is already named '" + header.name()
                + "' on line " + header.line() + ", remove this line");
      }
      rejectQuotes(line);
      switch (line.keyword()) {
        case "kernel" -> {
          if (kernelLine.isPresent()) {
            throw line.error("repeated 'kernel' line (first on line " + kernelLine.get().number()
                + "); name every kernel on one line: '" + KernelLine.FORM + "'");
          }
          kernelLine = Optional.of(noSite(line));
          kernels = KernelLine.parse(line);
        }
        case "page" -> declarations.page(noSite(line));
        case "iter" -> declarations.iter(noSite(line));
        case "bio" -> declarations.bio(noSite(line));
        case "actor" -> programs.actor(noSite(line));
        case "symmetric" -> symmetric.add(noSite(line));
        case "covers" -> covers.read(noSite(line));
        default -> programs.call(line);
      }
    }
    ImmutableList<Actor> actors = programs.finish(file);
    Scenario scenario =
        new Scenario(
            header.name(),
            header.description(),
            file,
            kernels,
            declarations.pages(),
            declarations.iters(),
            declarations.bios(),
            actors,
            ImmutableList.of(),
            covers.sites());
    for (Kernel k : KernelCheck.check(scenario)) {
      ProgramOrderCheck.check(scenario.forKernel(k), k);
    }
    return withSymmetry(scenario, symmetric);
  }

  // Checked last: a group is sound only against the complete programs.
  private static Scenario withSymmetry(Scenario s, List<SourceLine> lines) throws ScenarioException {
    if (lines.isEmpty()) {
      return s;
    }
    Set<String> named = new HashSet<>();
    List<SymmetricActors> groups = new ArrayList<>();
    for (SourceLine line : lines) {
      groups.add(SymmetryCheck.check(s, line, named));
    }
    return s.withSymmetry(ImmutableList.copyOf(groups));
  }

  private static List<SourceLine> lex(String file, List<String> rawLines)
      throws ScenarioException {
    List<SourceLine> lines = new ArrayList<>();
    for (int i = 0; i < rawLines.size(); i++) {
      Optional<SourceLine> line = LineLexer.lex(file, i + 1, rawLines.get(i));
      if (line.isPresent()) {
        lines.add(line.get());
      }
    }
    return lines;
  }

  private static Header header(SourceLine first) throws ScenarioException {
    Token keyword = first.tokens().get(0);
    if (keyword.quoted() || !keyword.text().equals("scenario")) {
      throw first.error(
          "missing 'scenario' line: expected '" + Header.FORM + "' as the first line, found '"
              + Names.show(keyword.text()) + "'; add the scenario line above this one");
    }
    noSite(first);
    return Header.parse(first);
  }

  // Only the description is quoted; a quoted word elsewhere is almost always a typo.
  private static void rejectQuotes(SourceLine line) throws ScenarioException {
    for (Token token : line.tokens()) {
      if (token.quoted()) {
        throw line.error(
            "unexpected quoted text \"" + Names.show(token.text())
                + "\"; only the scenario description is quoted, remove the quotes");
      }
    }
  }

  private static SourceLine noSite(SourceLine line) throws ScenarioException {
    if (line.site().isPresent()) {
      throw line.error(
          "'@ SITE' belongs on call lines only; remove it from this " + line.keyword() + " line");
    }
    return line;
  }
}
