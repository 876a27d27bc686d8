package pincheck.scenario;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks each call against the kernels it runs under: the call and its flag must exist in that
 * kernel's code, and a 6.12 line has no ITER_PIPE ("iov_iter: Kill ITER_PIPE", v6.4).
 */
final class KernelCheck {
  private KernelCheck() {}

  /** The kernels the scenario is checked under, once every line is valid for them. */
  static ImmutableSet<Kernel> check(Scenario s) throws ScenarioException {
    if (s.kernels().isEmpty()) {
      return unversioned(s);
    }
    for (Actor a : s.actors()) {
      for (Call c : a.calls()) {
        for (Kernel g : c.kernels()) {
          if (!s.kernels().contains(g)) {
            throw error(s, c, "the line is guarded for " + g.token() + " but the 'kernel' line names "
                + tokens(s.kernels()) + "; add " + g.token() + " to the kernel line or fix the guard");
          }
        }
        for (Kernel k : s.kernels()) {
          if (c.runsUnder(k)) {
            checkCall(s, c, k);
          }
        }
      }
    }
    return s.kernels();
  }

  private static ImmutableSet<Kernel> unversioned(Scenario s) throws ScenarioException {
    for (Actor a : s.actors()) {
      for (Call c : a.calls()) {
        if (!c.kernels().isEmpty()) {
          throw error(s, c, "a line guarded for " + tokens(c.kernels()) + " needs a 'kernel' line;"
              + " add '" + KernelLine.FORM.replace(" ...", "") + "' under the scenario line naming"
              + " the kernels the calls follow");
        }
      }
    }
    ImmutableSet<Kernel> under = s.checkedUnder();
    if (under.isEmpty()) {
      Call first = s.actors().stream().flatMap(a -> a.calls().stream())
          .filter(c -> c.op().kernels().size() < Kernel.values().length).findFirst().orElseThrow();
      throw error(s, first, "no kernel has every call of this scenario (" + first.op().cName()
          + " is in " + tokens(first.op().kernels()) + " only, and another call is not); add a"
          + " 'kernel' line and guard the lines that differ, e.g. '6.12: iov_iter_extract_pages it'");
    }
    for (Kernel k : under) {
      for (Actor a : s.actors()) {
        for (Call c : a.calls()) {
          checkCall(s, c, k);
        }
      }
    }
    return under;
  }

  private static void checkCall(Scenario s, Call c, Kernel k) throws ScenarioException {
    if (!c.op().kernels().contains(k)) {
      throw error(s, c, c.op().cName() + " is not a call of " + k.describe() + " (it is in "
          + tokens(c.op().kernels()) + "); guard the line with '" + c.op().kernels().iterator().next()
          .token() + ":' and write what " + k.token() + " calls there on a line guarded '"
          + k.token() + ":'" + replacement(c.op(), k));
    }
    for (int i = 0; i < c.op().args().size(); i++) {
      if (c.op().args().get(i) == ArgKind.FLAG) {
        BioFlag f = BioFlag.fromToken(c.arg(i)).orElseThrow();
        if (!f.kernels().contains(k)) {
          throw error(s, c, f.name() + " is not a bio flag of " + k.describe() + " (it is in "
              + tokens(f.kernels()) + "); guard the line for those kernels");
        }
      }
      if (c.op().args().get(i) == ArgKind.ITER && k == Kernel.LINUX_6_12) {
        Optional<IterDecl> it = s.iter(c.arg(i));
        if (it.isPresent() && it.get().kind() == IterKind.PIPE) {
          throw error(s, c, "iter '" + it.get().name() + "' is an ITER_PIPE, which linux-6.12 does"
              + " not have (\"iov_iter: Kill ITER_PIPE\", v6.4); guard the line with '6.1:'");
        }
      }
    }
  }

  // The call that kernel makes instead, where the kernels renamed or converted one.
  private static String replacement(Op op, Kernel k) {
    return switch (op) {
      case IOV_ITER_GET_PAGES -> " (iov_iter_get_pages2 takes the same FOLL_GET references)";
      case IOV_ITER_GET_PAGES_ALLOC -> " (iov_iter_get_pages_alloc2)";
      case PUT_USER_PAGE -> " (unpin_user_page)";
      case IOV_ITER_EXTRACT_PAGES -> " (6.1: iov_iter_get_pages2, which takes FOLL_GET references)";
      case UNPIN_USER_PAGE -> k == Kernel.THREAD_2019 ? " (put_user_page)" : "";
      default -> "";
    };
  }

  private static String tokens(java.util.Collection<Kernel> ks) {
    return ks.stream().map(Kernel::token).collect(Collectors.joining(", "));
  }

  private static ScenarioException error(Scenario s, Call c, String detail) {
    return new ScenarioException(s.file(), c.line(), detail);
  }
}
