package pincheck.scenario;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * The references a scenario's calls take, hand on and release, resolved in program order: every
 * call that takes references takes one token per page it names (a page named twice in one
 * iterator is two references), and every later call names the token it uses, the oldest its actor
 * still holds on that page (nfs/direct.c drops its GUP references right after nfs_create_request()
 * took its own). How a token's reference is taken (pin, get, none) is the specs' business: they
 * decide it from the taking call, its iterator and the design.
 */
public final class References {
  /** The filesystem takes the ZERO_PAGE it adds (fs/direct-io.c dio_zero_block). */
  public static final String FS_ZERO = "fs_zero";

  /**
   * One reference: its name, its page, the call that takes it, that call's iterator ("" if none),
   * whether that call passed FOLL_LONGTERM, its bytes, and the reference it rests on ("" for none):
   * a get_page() on a page the actor got earlier, or a bvec entry built from an earlier GUP of the
   * actor (vmsplice's pipe, io_uring's registered buffer), is not taken when that one was not.
   */
  public record Token(String name, String page, String op, String iter, boolean longterm, Bytes bytes, String dep) {
    public Token {
      requireNonNull(dep);
    }

    Token(String name, String page, String op, String iter, String dep) {
      this(name, page, op, iter, false, Bytes.PAGE, dep);
    }
  }

  /** The calls that take a reference on each page of their iterator (its last argument). */
  public static final Set<Op> ITER_TAKES = EnumSet.of(Op.IOV_ITER_GET_PAGES, Op.IOV_ITER_GET_PAGES_ALLOC,
      Op.IOV_ITER_GET_PAGES2, Op.IOV_ITER_GET_PAGES_ALLOC2, Op.IOV_ITER_EXTRACT_PAGES, Op.PIN_USER_PAGES,
      Op.PIN_USER_PAGES_FAST, Op.GET_USER_PAGES, Op.GET_USER_PAGES_FAST, Op.BIO_IOV_ITER_GET_PAGES, Op.VMSPLICE);

  private final ImmutableList<Token> tokens;
  private final ImmutableMap<String, ImmutableList<ImmutableList<String>>> byCall;

  private References(ImmutableList<Token> tokens, ImmutableMap<String, ImmutableList<ImmutableList<String>>> byCall) {
    this.tokens = tokens;
    this.byCall = byCall;
  }

  /** Resolves the programs of a scenario as one kernel runs them ({@link Scenario#forKernel}). */
  public static References of(Scenario s) {
    List<Token> all = new ArrayList<>();
    ImmutableMap.Builder<String, ImmutableList<ImmutableList<String>>> calls = ImmutableMap.builder();
    for (Actor a : s.actors()) {
      Map<String, Deque<Token>> held = new HashMap<>();
      Map<String, List<Token>> byIter = new LinkedHashMap<>();
      Set<Token> added = new java.util.HashSet<>();
      ImmutableList.Builder<ImmutableList<String>> out = ImmutableList.builder();
      for (int i = 0; i < a.calls().size(); i++) {
        Call c = a.calls().get(i);
        String prefix = a.name() + "." + (i + 1) + ".";
        List<String> toks = new ArrayList<>();
        if (ITER_TAKES.contains(c.op())) {
          String iter = c.arg(c.op().args().size() - 1);
          IterDecl it = s.iter(iter).orElseThrow();
          List<String> pages = it.pages();
          // A bvec's entries rest on what the actor got on their pages before this call.
          Map<String, String> deps = new HashMap<>();
          if (it.kind() == IterKind.BVEC) {
            pages.forEach(p -> deps.put(p, oldest(held, p)));
          }
          for (int k = 0; k < pages.size(); k++) {
            Token t = new Token(prefix + (k + 1), pages.get(k), c.op().cName(), iter, c.hasFlag("FOLL_LONGTERM"),
                it.bytes().get(k), deps.getOrDefault(pages.get(k), ""));
            all.add(t);
            toks.add(t.name());
            held.computeIfAbsent(t.page(), p -> new ArrayDeque<>()).addLast(t);
            byIter.computeIfAbsent(iter, x -> new ArrayList<>()).add(t);
            if (c.op() == Op.BIO_IOV_ITER_GET_PAGES) {
              added.add(t);
            }
          }
        } else {
          switch (c.op()) {
            case GET_PAGE, FOLIO_ADD_PIN -> {
              // A second reference on a page the actor holds: skipped if the first was never got.
              Token t = new Token(prefix + "1", c.arg(0), c.op().cName(), "", oldest(held, c.arg(0)));
              all.add(t);
              toks.add(t.name());
              held.computeIfAbsent(c.arg(0), p -> new ArrayDeque<>()).addLast(t);
            }
            case BIO_ADD_PAGE -> {
              // The next position of an iterator holding the page not yet added (a page named twice
              // is added twice), else the oldest reference held on it.
              Deque<Token> q = held.get(c.arg(1));
              if (q != null && !q.isEmpty()) {
                Token t = q.stream().filter(x -> !x.iter().isEmpty() && !added.contains(x)).findFirst()
                    .orElse(q.peekFirst());
                added.add(t);
                toks.add(t.name());
              } else if (s.page(c.arg(1)).map(p -> p.kind() == PageKind.ZERO).orElse(false)) {
                Token t = new Token(prefix + "1", c.arg(1), FS_ZERO, "", "");
                all.add(t);
                toks.add(t.name());
              }
            }
            case PUT_PAGE, UNPIN_USER_PAGE, PUT_USER_PAGE -> {
              Deque<Token> q = held.get(c.arg(0));
              if (q != null && !q.isEmpty()) {
                toks.add(q.pollFirst().name());
              }
            }
            case IOV_ITER_PUT_PAGES, UNPIN_USER_PAGES, UNPIN_USER_PAGES_DIRTY_LOCK -> {
              for (Token t : byIter.getOrDefault(c.arg(0), List.of())) {
                Deque<Token> q = held.get(t.page());
                if (q != null && q.remove(t)) {
                  toks.add(t.name());
                }
              }
            }
            default -> { }
          }
        }
        out.add(ImmutableList.copyOf(toks));
      }
      calls.put(a.name(), out.build());
    }
    return new References(ImmutableList.copyOf(all), calls.build());
  }

  private static String oldest(Map<String, Deque<Token>> held, String page) {
    Deque<Token> q = held.get(page);
    return q == null || q.isEmpty() ? "" : q.peekFirst().name();
  }

  /** Every token, in program order. */
  public ImmutableList<Token> tokens() {
    return tokens;
  }

  /**
   * The tokens call i (0-based) of the actor takes, hands on or releases.
   */
  public ImmutableList<String> of(String actor, int call) {
    return byCall.get(actor).get(call);
  }
}
