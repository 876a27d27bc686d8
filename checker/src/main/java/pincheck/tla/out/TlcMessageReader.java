package pincheck.tla.out;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Splits TLC's {@code -tool} output into framed messages and the text outside frames. Markers
 * may start mid-line and messages may nest; a message left open at the end marks the stream
 * truncated, and frames that do not pair up are reported as problems, never silently dropped.
 */
public final class TlcMessageReader {
    private static final String MARK = "@!@!@";
    private static final Pattern MARKER = Pattern.compile(
            "@!@!@(?:STARTMSG (\\d+):(\\d+)|ENDMSG (\\d+)) @!@!@[ \\t]*(?:\\r?\\n)?");

    /**
     * What {@link #read} found.
     *
     * @param messages closed messages, in the order they started
     * @param unframedText text outside every message (SANY output, stack traces), lines kept
     * @param truncated the output ended inside a message (or inside a marker)
     * @param problems framing faults in words: unclosed, stray or mismatched markers
     */
    public record Result(
            ImmutableList<TlcMessage> messages,
            String unframedText,
            boolean truncated,
            ImmutableList<String> problems) {}

    private TlcMessageReader() {}

    /** A message being read; {@code slot} keeps the start order when inner ones close first. */
    private static final class Frame {
        final int code;
        final int severity;
        final int slot;
        final int line;
        final StringBuilder body = new StringBuilder();

        Frame(int code, int severity, int slot, int line) {
            this.code = code;
            this.severity = severity;
            this.slot = slot;
            this.line = line;
        }
    }

    public static Result read(String wholeOutput) {
        String text = wholeOutput.replace("\r\n", "\n");
        List<TlcMessage> slots = new ArrayList<>();
        Deque<Frame> open = new ArrayDeque<>();
        StringBuilder unframed = new StringBuilder();
        ImmutableList.Builder<String> problems = ImmutableList.builder();
        boolean truncated = false;

        Lines lines = new Lines(text);
        Matcher m = MARKER.matcher(text);
        int last = 0;
        while (m.find()) {
            appendText(text.substring(last, m.start()), open, unframed, problems, lines.of(last));
            last = m.end();
            int line = lines.of(m.start());
            if (m.group(1) != null) {
                Frame f = new Frame(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), slots.size(), line);
                slots.add(null);
                open.push(f);
                continue;
            }
            int code = Integer.parseInt(m.group(3));
            if (open.stream().noneMatch(f -> f.code == code)) {
                problems.add("ENDMSG " + code + " at line " + line + " has no matching STARTMSG");
                continue;
            }
            // An inner frame closed by an outer ENDMSG lost its own end: report it, keep the outer.
            while (open.peek().code != code) {
                Frame lost = open.pop();
                problems.add("STARTMSG " + lost.code + " at line " + lost.line
                        + " has no ENDMSG before ENDMSG " + code + " at line " + line);
            }
            Frame f = open.pop();
            slots.set(f.slot, new TlcMessage(f.code, f.severity, f.body.toString().stripTrailing()));
        }
        String tail = text.substring(last);
        int partial = tail.indexOf(MARK);
        if (partial >= 0 && tail.indexOf('\n', partial) < 0) {
            // The output stopped inside a marker line.
            truncated = true;
            problems.add("output ends inside a marker at line " + lines.of(last + partial));
            tail = tail.substring(0, partial);
        }
        appendText(tail, open, unframed, problems, lines.of(last));
        for (Frame f : open) {
            truncated = true;
            problems.add("STARTMSG " + f.code + " at line " + f.line + " has no ENDMSG: output ends inside it");
        }
        ImmutableList<TlcMessage> messages = slots.stream()
                .filter(x -> x != null)
                .collect(ImmutableList.toImmutableList());
        return new Result(messages, unframed.toString(), truncated, problems.build());
    }

    private static void appendText(
            String chunk, Deque<Frame> open, StringBuilder unframed, ImmutableList.Builder<String> problems, int line) {
        if (chunk.isEmpty()) {
            return;
        }
        if (chunk.contains(MARK) && chunk.indexOf(MARK) < chunk.lastIndexOf('\n')) {
            problems.add("unreadable marker near line " + line);
        }
        if (open.isEmpty()) {
            unframed.append(chunk);
            // Keep a line break between pieces of text separated by messages.
            if (!chunk.endsWith("\n")) {
                unframed.append('\n');
            }
        } else {
            open.peek().body.append(chunk);
        }
    }

    /** 1-based line numbers of offsets, by binary search over the line breaks. */
    private static final class Lines {
        private final int[] breaks;

        Lines(String text) {
            breaks = IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray();
        }

        int of(int offset) {
            int i = Arrays.binarySearch(breaks, offset);
            return (i >= 0 ? i : -i - 1) + 1;
        }
    }
}
