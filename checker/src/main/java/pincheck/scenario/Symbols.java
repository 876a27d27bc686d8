package pincheck.scenario;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The names declared so far, plus where later lines declare names, for precise hints. */
final class Symbols {
  /** A declared name; pages, iters, bios and actors share one namespace. */
  record Symbol(String name, SymbolKind kind, int line) {}

  /** Where a name is being used, for messages: who expects it and the form to write. */
  record Use(String who, String form) {}

  private static final ImmutableMap<String, SymbolKind> DECLARING_KEYWORDS =
      ImmutableMap.of(
          "page", SymbolKind.PAGE,
          "iter", SymbolKind.ITER,
          "bio", SymbolKind.BIO,
          "actor", SymbolKind.ACTOR);

  private final Map<String, Symbol> declared = new HashMap<>();
  private final ImmutableMap<String, Symbol> anywhere;

  private Symbols(ImmutableMap<String, Symbol> anywhere) {
    this.anywhere = anywhere;
  }

  static ImmutableSet<String> declaringKeywords() {
    return DECLARING_KEYWORDS.keySet();
  }

  /** Notes the first declaration of every name in the file, before any is validated. */
  static Symbols prescan(List<SourceLine> lines) {
    Map<String, Symbol> first = new LinkedHashMap<>();
    for (SourceLine line : lines) {
      SymbolKind kind = DECLARING_KEYWORDS.get(line.keyword());
      if (kind != null && line.tokens().size() >= 2 && Names.isValidName(line.args().get(0).text())) {
        first.putIfAbsent(line.args().get(0).text(), new Symbol(line.args().get(0).text(), kind, line.number()));
      }
    }
    return new Symbols(ImmutableMap.copyOf(first));
  }

  void declare(SourceLine line, String name, SymbolKind kind) throws ScenarioException {
    Symbol earlier = declared.get(name);
    if (earlier != null) {
      if (earlier.kind() == SymbolKind.ACTOR && kind == SymbolKind.ACTOR) {
        throw line.error(
            "duplicate actor '" + name + "', already declared on line " + earlier.line()
                + "; merge the two programs or rename one actor");
      }
      throw line.error(
          "duplicate name '" + name + "', already declared as " + earlier.kind().withArticle()
              + " on line " + earlier.line()
              + "; pick another name (pages, iters, bios and actors share one namespace)");
    }
    declared.put(name, new Symbol(name, kind, line.number()));
  }

  /** True if the word is declared on any line of the file, earlier or later. */
  boolean declaredAnywhere(String name) {
    return declared.containsKey(name) || anywhere.containsKey(name);
  }

  /** Resolves a use of a declared name of the expected kind. */
  String resolve(SourceLine line, Token token, SymbolKind expected, Use use)
      throws ScenarioException {
    String name = Names.checkName(line, token);
    Symbol symbol = declared.get(name);
    if (symbol != null && symbol.kind() == expected) {
      return name;
    }
    if (symbol != null) {
      throw wrongKind(line, symbol, expected, use, "");
    }
    Optional<Symbol> later = Optional.ofNullable(anywhere.get(name));
    if (later.isPresent() && later.get().kind() == expected) {
      throw line.error(
          expected.word() + " '" + name + "' is used before its declaration on line "
              + later.get().line() + "; move the declaration above this line");
    }
    if (later.isPresent()) {
      throw wrongKind(
          line, later.get(), expected, use, " (declared on line " + later.get().line() + ")");
    }
    throw line.error(
        expected.word() + " '" + name + "' is not declared; declare it with '"
            + expected.exampleDeclaration(name) + "' before this line");
  }

  private static ScenarioException wrongKind(
      SourceLine line, Symbol symbol, SymbolKind expected, Use use, String where) {
    return line.error(
        "'" + symbol.name() + "' is " + symbol.kind().withArticle() + where + ", " + use.who()
            + " expects " + expected.withArticle() + " here; write '" + use.form() + "'");
  }
}
