package pincheck.tla.out;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import pincheck.tla.out.TlcOutcome.Kind;

/**
 * Interprets a whole TLC {@code -tool} run. It never reports SUCCESS for a run that did not
 * finish cleanly: success needs TLC's 2193 message, exit code 0, whole output ending with TLC's
 * 2186 "Finished" message and no error message. A violation needs the same 2186, since output cut
 * between two trace states still pairs up every frame.
 */
public final class TlcOutput {
    static final int VERSION = 2262;
    static final int INVARIANT_VIOLATED_INITIAL = 2107;
    static final int INVARIANT_VIOLATED = 2110;
    static final int DEADLOCK = 2114;
    static final int TEMPORAL_VIOLATED = 2116;
    static final int TEMPORAL_VIOLATED_2 = 2117;
    static final int BEHAVIOR_UP_TO_HERE = 2121;
    static final int BACK_TO_STATE = 2122;
    static final int COUNTER_EXAMPLE = 2264;
    static final int STATE = 2217;
    static final int STUTTERING = 2218;
    static final int SUCCESS = 2193;
    static final int DEPTH = 2194;
    static final int COUNTS = 2199;
    static final int FINISHED = 2186;
    static final int PARSE_FAILED = 3002;
    /** Printed only by distributed TLC's server: it has the initial states and waits for workers. */
    static final int DISTRIBUTED_SERVER_RUNNING = 7000;
    /** The distributed server lost a worker mid-run. */
    static final int DISTRIBUTED_WORKER_LOST = 7006;
    /** TLC's codes for running out of heap (plain, too many initial states, liveness). */
    static final Set<Integer> OUT_OF_MEMORY = Set.of(1001, 1002, 1003);

    /** Exit codes of a JVM ended by a signal (128 + signal number), with the signal's name. */
    private static final Map<Integer, String> SIGNALS = Map.of(129, "SIGHUP", 130, "SIGINT", 131, "SIGQUIT",
            134, "SIGABRT", 137, "SIGKILL", 143, "SIGTERM");

    /** Severity-1 messages that frame a trace rather than report an error. */
    private static final Set<Integer> TRACE_HEADERS = Set.of(BEHAVIOR_UP_TO_HERE, COUNTER_EXAMPLE);

    private static final Pattern VERSION_TEXT = Pattern.compile("Version (\\S+)");
    private static final Pattern INVARIANT_NAME = Pattern.compile("Invariant (\\S+) is violated");
    private static final Pattern COUNTS_TEXT = Pattern.compile(
            "([\\d,]+) states? generated, ([\\d,]+) distinct states? found, ([\\d,]+) states? left on queue");
    private static final Pattern DEPTH_TEXT = Pattern.compile("depth of the complete state graph search is (\\d+)");
    private static final Pattern BACK_TO_TEXT = Pattern.compile("(\\d+): Back to state");
    private static final Pattern STUTTERING_TEXT = Pattern.compile("(\\d+): Stuttering");

    private TlcOutput() {}

    public static TlcOutcome interpret(String wholeOutput, int exitCode) {
        return new Interpretation(TlcMessageReader.read(wholeOutput), exitCode).outcome();
    }

    /** One pass over the messages of a run; collects facts, then decides the verdict. */
    private static final class Interpretation {
        private final TlcMessageReader.Result read;
        private final int exitCode;
        private final List<TlcState> trace = new ArrayList<>();
        private final List<String> traceProblems = new ArrayList<>();
        private OptionalInt loopBackTo = OptionalInt.empty();
        private boolean stuttering;

        Interpretation(TlcMessageReader.Result read, int exitCode) {
            this.read = read;
            this.exitCode = exitCode;
            readTrace();
        }

        private void readTrace() {
            for (TlcMessage m : read.messages()) {
                try {
                    switch (m.code()) {
                        case STATE -> trace.add(TlcStateParser.parse(m.body()));
                        case INVARIANT_VIOLATED_INITIAL -> {
                            // 2107 prints the offending initial state inside its own body, without a header.
                            String[] parts = m.body().split("\n", 2);
                            trace.add(new TlcState(1, TlcState.INITIAL, Optional.empty(),
                                    TlcStateParser.vars(1, parts.length > 1 ? parts[1] : "")));
                        }
                        case BACK_TO_STATE -> loopBackTo = OptionalInt.of(number(BACK_TO_TEXT, m));
                        case STUTTERING -> {
                            stuttering = true;
                            loopBackTo = OptionalInt.of(number(STUTTERING_TEXT, m) - 1);
                        }
                        default -> { }
                    }
                } catch (TlcOutputException e) {
                    traceProblems.add(e.getMessage());
                }
            }
            for (int i = 0; i < trace.size(); i++) {
                if (trace.get(i).number() != i + 1) {
                    traceProblems.add("trace state " + (i + 1) + " is numbered " + trace.get(i).number());
                    break;
                }
            }
        }

        private static int number(Pattern p, TlcMessage m) throws TlcOutputException {
            Matcher x = p.matcher(m.body());
            if (!x.lookingAt()) {
                throw new TlcOutputException("message " + m.code() + " does not read '" + p.pattern() + "': " + m.firstLine());
            }
            return Integer.parseInt(x.group(1));
        }

        TlcOutcome outcome() {
            Optional<TlcMessage> violation = first(INVARIANT_VIOLATED, INVARIANT_VIOLATED_INITIAL, DEADLOCK,
                    TEMPORAL_VIOLATED, TEMPORAL_VIOLATED_2);
            if (violation.isEmpty()) {
                violation = errors().stream().filter(m -> m.body().contains("Temporal properties were violated")).findFirst();
            }
            Optional<String> property = violation
                    .map(m -> INVARIANT_NAME.matcher(m.body()))
                    .filter(Matcher::find)
                    .map(x -> x.group(1));
            Verdict v = verdict(violation);
            return new TlcOutcome(v.kind, v.reason, property,
                    count(1), count(2), count(3), depth(),
                    ImmutableList.copyOf(trace), loopBackTo, stuttering,
                    errorText(v.kind), warnings(), version(), exitCode);
        }

        private record Verdict(Kind kind, Optional<String> reason) {
            static Verdict of(Kind kind) {
                return new Verdict(kind, Optional.empty());
            }

            static Verdict because(Kind kind, String reason) {
                return new Verdict(kind, Optional.of(reason));
            }
        }

        private Verdict verdict(Optional<TlcMessage> violation) {
            Optional<String> oom = outOfMemory();
            if (oom.isPresent()) {
                return Verdict.because(Kind.OUT_OF_MEMORY, oom.get());
            }
            if (SIGNALS.containsKey(exitCode)) {
                // Whatever TLC printed before, a killed run is unfinished: even a complete-looking trace.
                return Verdict.because(Kind.ERROR, "TLC was killed by " + SIGNALS.get(exitCode) + " (exit code "
                        + exitCode + ") before it finished");
            }
            if (read.truncated()) {
                return Verdict.because(Kind.TRUNCATED, "output is cut off: " + String.join("; ", read.problems()));
            }
            if (!read.problems().isEmpty()) {
                return Verdict.because(Kind.ERROR, "messages do not pair up: " + String.join("; ", read.problems()));
            }
            if (has(PARSE_FAILED) || exitCode == Kind.PARSE_ERROR.tlcExitCode().getAsInt()) {
                return Verdict.of(Kind.PARSE_ERROR);
            }
            if (exitCode == Kind.CONFIG_ERROR.tlcExitCode().getAsInt()) {
                return Verdict.of(Kind.CONFIG_ERROR);
            }
            if (violation.isPresent()) {
                return violationVerdict(violation.get());
            }
            if (has(DISTRIBUTED_WORKER_LOST)) {
                // TLC requeues the lost worker's states, but a run that lost one is not trusted to be whole.
                return Verdict.because(Kind.ERROR, "TLC worker lost: the distributed server lost a worker (message "
                        + DISTRIBUTED_WORKER_LOST + ")");
            }
            List<TlcMessage> errors = errors();
            if (!errors.isEmpty()) {
                return Verdict.because(Kind.ERROR, "TLC reported error message(s) "
                        + errors.stream().map(m -> String.valueOf(m.code())).distinct().collect(Collectors.joining(", "))
                        + " (exit code " + exitCode + ")");
            }
            if (has(SUCCESS)) {
                if (!has(FINISHED)) {
                    return notFinished();
                }
                return exitCode == 0
                        ? Verdict.of(Kind.SUCCESS)
                        : Verdict.because(Kind.ERROR, "TLC said no error was found (2193) but exited with " + exitCode);
            }
            if (exitCode == 0) {
                return Verdict.because(Kind.ERROR, "TLC exited with 0 but never said model checking completed (2193)");
            }
            return Verdict.because(Kind.ERROR, "TLC exited with " + exitCode + " without an error message");
        }

        private Verdict violationVerdict(TlcMessage violation) {
            Kind kind = switch (violation.code()) {
                case INVARIANT_VIOLATED, INVARIANT_VIOLATED_INITIAL -> Kind.INVARIANT_VIOLATED;
                case DEADLOCK -> Kind.DEADLOCK;
                default -> Kind.LIVENESS_VIOLATED;
            };
            String what = kind + " (message " + violation.code() + ")";
            if (!traceProblems.isEmpty()) {
                return Verdict.because(Kind.ERROR, "TLC reported " + what + " but its trace cannot be read: "
                        + String.join("; ", traceProblems));
            }
            if (trace.isEmpty()) {
                return Verdict.because(Kind.ERROR, "TLC reported " + what + " but printed no trace");
            }
            if (kind == Kind.LIVENESS_VIOLATED && loopBackTo.isEmpty()) {
                return Verdict.because(Kind.ERROR, "TLC reported " + what + " but the trace has no loop (2122/2218)");
            }
            if (kind == Kind.LIVENESS_VIOLATED) {
                int loop = loopBackTo.getAsInt();
                boolean fits = stuttering ? loop == trace.size() : loop >= 1 && loop <= trace.size();
                if (!fits) {
                    return Verdict.because(Kind.ERROR, "TLC reported " + what + " but its loop goes back to state "
                            + loop + " of a " + trace.size() + "-state trace");
                }
            }
            if (!has(FINISHED)) {
                return notFinished();
            }
            int expected = kind.tlcExitCode().getAsInt();
            if (exitCode != expected) {
                return Verdict.because(Kind.ERROR, "TLC reported " + what + " but exited with " + exitCode
                        + " instead of " + expected);
            }
            return Verdict.of(kind);
        }

        private Verdict notFinished() {
            return Verdict.because(Kind.TRUNCATED, "output ends before TLC's final 'Finished' message (2186)");
        }

        private Optional<String> outOfMemory() {
            for (TlcMessage m : read.messages()) {
                if (OUT_OF_MEMORY.contains(m.code())) {
                    return Optional.of("TLC message " + m.code() + ": " + m.firstLine());
                }
                if (m.severity() == TlcMessage.ERROR && mentionsOom(m.body())) {
                    return Optional.of("TLC message " + m.code() + " mentions OutOfMemoryError");
                }
            }
            return mentionsOom(read.unframedText())
                    ? Optional.of("output outside messages mentions OutOfMemoryError")
                    : Optional.empty();
        }

        private static boolean mentionsOom(String text) {
            return text.contains("OutOfMemoryError") || text.contains("Java ran out of memory");
        }

        /** Severity-1 messages that are not trace headers. */
        private List<TlcMessage> errors() {
            return read.messages().stream()
                    .filter(m -> m.severity() == TlcMessage.ERROR && !TRACE_HEADERS.contains(m.code()))
                    .toList();
        }

        private Optional<String> errorText(Kind kind) {
            List<String> parts = new ArrayList<>();
            for (TlcMessage m : errors()) {
                // 2107 carries the initial state in its body; that belongs to the trace.
                parts.add(m.code() == INVARIANT_VIOLATED_INITIAL ? m.firstLine() : m.body());
            }
            if (!kind.isViolation() && kind != Kind.SUCCESS) {
                String engine = engineText(read.unframedText());
                if (!engine.isEmpty()) {
                    parts.add(engine);
                }
            }
            String text = String.join("\n", parts).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }

        /** Unframed text without SANY's progress chatter: parse errors, stack traces. */
        private static String engineText(String unframed) {
            return unframed.lines()
                    .filter(l -> !l.startsWith("Parsing file ") && !l.startsWith("Semantic processing of module "))
                    .collect(Collectors.joining("\n"))
                    .strip();
        }

        private ImmutableList<String> warnings() {
            return read.messages().stream()
                    .filter(m -> m.severity() == TlcMessage.WARNING)
                    .map(TlcMessage::body)
                    .collect(ImmutableList.toImmutableList());
        }

        private Optional<String> version() {
            return first(VERSION).map(m -> {
                Matcher x = VERSION_TEXT.matcher(m.body());
                return x.find() ? x.group(1) : m.firstLine();
            });
        }

        /**
         * Group {@code g} of the last 2199 summary (the final counts, not a progress report). The
         * distributed server counts generated states differently (workers' successors plus its own
         * fingerprint lookups), so only its distinct count compares with a local run.
         */
        private OptionalLong count(int g) {
            if (g == 1 && has(DISTRIBUTED_SERVER_RUNNING)) {
                return OptionalLong.empty();
            }
            return last(COUNTS)
                    .map(m -> COUNTS_TEXT.matcher(m.body()))
                    .filter(Matcher::find)
                    .map(x -> OptionalLong.of(Long.parseLong(x.group(g).replace(",", ""))))
                    .orElse(OptionalLong.empty());
        }

        /** Distributed TLC explores out of breadth-first order: its "depth" is not the local run's. */
        private OptionalLong depth() {
            if (has(DISTRIBUTED_SERVER_RUNNING)) {
                return OptionalLong.empty();
            }
            return last(DEPTH)
                    .map(m -> DEPTH_TEXT.matcher(m.body()))
                    .filter(Matcher::find)
                    .map(x -> OptionalLong.of(Long.parseLong(x.group(1))))
                    .orElse(OptionalLong.empty());
        }

        private boolean has(int code) {
            return first(code).isPresent();
        }

        private Optional<TlcMessage> first(int... codes) {
            return read.messages().stream()
                    .filter(m -> Arrays.stream(codes).anyMatch(c -> c == m.code()))
                    .findFirst();
        }

        private Optional<TlcMessage> last(int code) {
            return read.messages().stream().filter(m -> m.code() == code).reduce((a, b) -> b);
        }
    }
}
