package pincheck.scenario;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks that each actor's program makes its calls in an order the kernel path could. */
final class ProgramOrderCheck {
  private final Scenario scenario;
  private final Kernel kernel;
  private final Map<String, Call> submits = new HashMap<>();
  private final Map<Call, String> submitters = new HashMap<>();

  private ProgramOrderCheck(Scenario scenario, Kernel kernel) {
    this.scenario = scenario;
    this.kernel = kernel;
  }

  /** Checks the programs as kernel k runs them ({@link Scenario#forKernel}). */
  static void check(Scenario scenario, Kernel k) throws ScenarioException {
    ProgramOrderCheck check = new ProgramOrderCheck(scenario, k);
    check.collectSubmits();
    for (Actor actor : scenario.actors()) {
      check.checkActor(actor);
    }
  }

  // A bio is submitted once; a second submit_bio by any actor is a double submission.
  private void collectSubmits() throws ScenarioException {
    for (Actor actor : scenario.actors()) {
      for (Call call : actor.calls()) {
        if (call.op() == Op.SUBMIT_BIO) {
          Call earlier = submits.putIfAbsent(call.arg(0), call);
          if (earlier != null) {
            throw error(
                call,
                "bio '" + call.arg(0) + "' is submitted twice (first on line " + earlier.line()
                    + "); a bio is submitted once, declare another bio for the second I/O");
          }
          submitters.put(call, actor.name());
        }
      }
    }
  }

  private void checkActor(Actor actor) throws ScenarioException {
    Set<String> obtained = new HashSet<>();
    Map<String, Call> submittedHere = new HashMap<>();
    for (Call call : actor.calls()) {
      switch (call.op()) {
        case IOV_ITER_GET_PAGES, IOV_ITER_GET_PAGES_ALLOC, IOV_ITER_GET_PAGES2,
            IOV_ITER_GET_PAGES_ALLOC2, IOV_ITER_EXTRACT_PAGES, PIN_USER_PAGES, PIN_USER_PAGES_FAST,
            GET_USER_PAGES, GET_USER_PAGES_FAST, VMSPLICE ->
            scenario.iter(call.arg(0)).ifPresent(iter -> obtained.addAll(iter.pages()));
        case GET_PAGE, FOLIO_ADD_PIN -> obtained.add(call.arg(0));
        case BIO_ADD_PAGE -> {
          checkNotSubmitted(call, submittedHere);
          checkObtained(actor, call, obtained);
        }
        case BIO_IOV_ITER_GET_PAGES -> {
          checkNotSubmitted(call, submittedHere);
          scenario.iter(call.arg(1)).ifPresent(iter -> obtained.addAll(iter.pages()));
        }
        case BIO_SET_FLAG -> checkNotSubmitted(call, submittedHere);
        // A kernel page's put is its owner's reference: any actor may stand for the owner.
        case PUT_PAGE, UNPIN_USER_PAGE, PUT_USER_PAGE -> {
          if (scenario.page(call.arg(0)).map(p -> p.kind() != PageKind.KERNEL).orElse(true)
              && !obtained.contains(call.arg(0))) {
            throw notObtained(actor, call, call.arg(0));
          }
        }
        case SUBMIT_BIO -> submittedHere.put(call.arg(0), call);
        case WAIT_FOR_COMPLETION -> checkWaited(actor, call);
        default -> { }
      }
    }
  }

  private void checkObtained(Actor actor, Call call, Set<String> obtained)
      throws ScenarioException {
    String page = call.arg(1);
    // ZERO_PAGE the filesystem takes itself; a kernel or page-cache page its owner keeps (the bio
    // then holds no reference of its own, as a buffer head's page does).
    boolean owned = scenario.page(page).map(p -> p.kind() != PageKind.USER).orElse(false);
    if (owned || obtained.contains(page)) {
      return;
    }
    throw notObtained(actor, call, page);
  }

  private ScenarioException notObtained(Actor actor, Call call, String page) {
    return error(
        call,
        call.op().cName() + " of page '" + page + "' that actor '" + actor.name()
            + "' has not obtained; first take it (iov_iter_get_pages2, iov_iter_extract_pages,"
            + " pin_user_pages ... on an iter holding it, or 'get_page " + page + "')");
  }

  private void checkNotSubmitted(Call call, Map<String, Call> submittedHere)
      throws ScenarioException {
    Call submit = submittedHere.get(call.arg(0));
    if (submit != null) {
      throw error(
          call,
          call.op().cName() + " to bio '" + call.arg(0) + "' after this actor submitted it on line "
              + submit.line() + "; fill the bio before 'submit_bio " + call.arg(0) + "'");
    }
  }

  // Another actor's submit may run at any point; this actor's own must come first.
  private void checkWaited(Actor actor, Call call) throws ScenarioException {
    String bio = call.arg(0);
    Optional<Call> submit = Optional.ofNullable(submits.get(bio));
    if (submit.isEmpty()) {
      throw error(
          call,
          "wait_for_completion of bio '" + bio + "' that no actor submits; add 'submit_bio "
              + bio + "' before this line or to another actor");
    }
    boolean ownLaterSubmit =
        actor.name().equals(submitters.get(submit.get())) && submit.get().line() > call.line();
    if (ownLaterSubmit) {
      throw error(
          call,
          "wait_for_completion of bio '" + bio + "' before this actor submits it on line "
              + submit.get().line() + "; move 'submit_bio " + bio + "' above this line");
    }
  }

  private ScenarioException error(Call call, String detail) {
    String under = scenario.kernels().size() > 1 ? " (as " + kernel.token() + " runs the path)" : "";
    return new ScenarioException(scenario.file(), call.line(), detail + under);
  }
}
