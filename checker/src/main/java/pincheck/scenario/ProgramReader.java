package pincheck.scenario;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Iterables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads actor lines and the call lines that follow them into actor programs. */
final class ProgramReader {
  /** The actor whose calls are being read. */
  private static final class OpenActor {
    final String name;
    final int line;
    final List<Call> calls = new ArrayList<>();

    OpenActor(String name, int line) {
      this.name = name;
      this.line = line;
    }
  }

  private final Symbols symbols;
  private final List<Actor> actors = new ArrayList<>();
  private Optional<OpenActor> open = Optional.empty();

  ProgramReader(Symbols symbols) {
    this.symbols = symbols;
  }

  void actor(SourceLine line) throws ScenarioException {
    close(line.file());
    if (actors.size() >= Limits.MAX_DECLARATIONS) {
      throw line.error(
          "more than " + Limits.MAX_DECLARATIONS
              + " actors; keep models small enough to check exhaustively, split the scenario");
    }
    Arity.check(line, 1, 1, "actor NAME");
    String name = Names.checkName(line, line.args().get(0));
    symbols.declare(line, name, SymbolKind.ACTOR);
    open = Optional.of(new OpenActor(name, line.number()));
  }

  void call(SourceLine guarded) throws ScenarioException {
    Optional<ImmutableSet<Kernel>> guard = KernelLine.guard(guarded);
    SourceLine line = guard.isPresent() ? unguarded(guarded) : guarded;
    String word = line.keyword();
    Optional<Op> op = Op.fromToken(word);
    if (op.isEmpty() && open.isEmpty()) {
      throw line.error(
          "unknown keyword '" + Names.show(word) + "'"
              + Suggest.hint(word, Iterables.concat(ScenarioReader.KEYWORDS, Op.tokens().keys()))
              + "; lines start with " + String.join(", ", ScenarioReader.KEYWORDS)
              + ", or a call inside an actor");
    }
    if (op.isEmpty()) {
      throw line.error(
          "unknown call '" + Names.show(word) + "'"
              + Suggest.hint(word, Iterables.concat(Op.tokens().keys(), ScenarioReader.KEYWORDS))
              + "; known calls are " + Op.tokens().list());
    }
    if (open.isEmpty()) {
      throw line.error(
          "call '" + word + "' before any actor; put an 'actor NAME' line above it");
    }
    OpenActor actor = open.get();
    if (actor.calls.size() >= Limits.MAX_CALLS_PER_ACTOR) {
      throw line.error(
          "actor '" + actor.name + "' has more than " + Limits.MAX_CALLS_PER_ACTOR
              + " calls; keep models small enough to check exhaustively, split the path into"
              + " several scenarios");
    }
    actor.calls.add(resolve(line, op.get(), guard.orElse(ImmutableSet.of())));
  }

  // The call after its guard; a guard alone, or before a declaration, is a mistake.
  private static SourceLine unguarded(SourceLine line) throws ScenarioException {
    if (line.tokens().size() < 2) {
      throw line.error("'" + line.keyword() + "' guards nothing; write the call after it, e.g. '"
          + line.keyword() + " folio_add_pin U0'");
    }
    String next = line.tokens().get(1).text();
    if (ScenarioReader.KEYWORDS.contains(next)) {
      throw line.error("a kernel guard goes on call lines only, not before '" + next
          + "'; declarations are shared by every kernel of the scenario");
    }
    return new SourceLine(line.file(), line.number(), line.tokens().subList(1, line.tokens().size()),
        line.site());
  }

  /** Ends the last actor and returns all programs. */
  ImmutableList<Actor> finish(String file) throws ScenarioException {
    close(file);
    if (actors.isEmpty()) {
      throw new ScenarioException(
          file, 0, "no actors; add 'actor NAME' followed by the calls it makes");
    }
    return ImmutableList.copyOf(actors);
  }

  private Call resolve(SourceLine line, Op op, ImmutableSet<Kernel> guard) throws ScenarioException {
    int expected = op.args().size();
    boolean flagged = line.args().size() == expected + 1
        && op.optionalFlags().contains(line.args().get(expected).text());
    if (line.args().size() != expected && !flagged) {
      throw line.error(
          op.cName() + " takes " + expected + (expected == 1 ? " argument" : " arguments")
              + ", got " + line.args().size() + "; write '" + op.usage() + "'");
    }
    Symbols.Use use = new Symbols.Use(op.cName(), op.usage());
    ImmutableList.Builder<String> args = ImmutableList.builder();
    for (int i = 0; i < expected; i++) {
      Token token = line.args().get(i);
      Optional<SymbolKind> kind = op.args().get(i).symbol();
      args.add(kind.isPresent() ? symbols.resolve(line, token, kind.get(), use) : flag(line, token));
    }
    if (flagged) {
      args.add(line.args().get(expected).text());
    }
    return new Call(op, args.build(), line.site(), line.number(), guard);
  }

  private static String flag(SourceLine line, Token token) throws ScenarioException {
    return BioFlag.fromToken(token.text()).map(BioFlag::name).orElseThrow(() -> line.error(
        "unknown bio flag '" + Names.show(token.text()) + "'; the flags are "
            + BioFlag.tokens().list()));
  }

  private void close(String file) throws ScenarioException {
    if (open.isEmpty()) {
      return;
    }
    OpenActor actor = open.get();
    open = Optional.empty();
    if (actor.calls.isEmpty()) {
      throw new ScenarioException(
          file,
          actor.line,
          "actor '" + actor.name + "' has no calls; add its calls below the actor line or"
              + " remove it");
    }
    actors.add(new Actor(actor.name, ImmutableList.copyOf(actor.calls), actor.line));
  }
}
