package pincheck.tla.out;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import pincheck.tla.out.TlaValue.Mapping;
import pincheck.tla.out.TlaValue.TlaBool;
import pincheck.tla.out.TlaValue.TlaFunction;
import pincheck.tla.out.TlaValue.TlaInt;
import pincheck.tla.out.TlaValue.TlaModelValue;
import pincheck.tla.out.TlaValue.TlaRecord;
import pincheck.tla.out.TlaValue.TlaSeq;
import pincheck.tla.out.TlaValue.TlaSet;
import pincheck.tla.out.TlaValue.TlaString;
import tlc2.value.Values;
import tlc2.value.impl.BoolValue;
import tlc2.value.impl.FcnRcdValue;
import tlc2.value.impl.IntValue;
import tlc2.value.impl.ModelValue;
import tlc2.value.impl.RecordValue;
import tlc2.value.impl.SetEnumValue;
import tlc2.value.impl.StringValue;
import tlc2.value.impl.TupleValue;
import tlc2.value.impl.Value;
import util.UniqueString;

/**
 * Random values printed by TLC's own printer (its value classes and the pretty-printer that
 * wraps long values in traces) read back by {@link TlaValueParser} as the value printed.
 */
class TlcPrintedValuesTest {
    private static final List<String> MODEL_VALUES = List.of("U0", "U1", "ZERO_PAGE", "bio0", "P_0");
    private static final List<String> FIELDS = List.of("refcount", "pins", "call", "args", "site", "a", "x_1");

    @Provide
    Arbitrary<TlaValue> values() {
        return value(4);
    }

    private static Arbitrary<TlaValue> value(int depth) {
        Arbitrary<TlaValue> leaf = Arbitraries.oneOf(
                Arbitraries.integers().map(i -> (TlaValue) new TlaInt(i)),
                Arbitraries.strings().withChars("ab Z09\"\\{}<>[](),:@|->=/*'").ofMaxLength(40)
                        .map(s -> (TlaValue) new TlaString(s)),
                Arbitraries.of(true, false).map(b -> (TlaValue) new TlaBool(b)),
                Arbitraries.of(MODEL_VALUES).map(n -> (TlaValue) new TlaModelValue(n)));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<TlaValue> inner = Arbitraries.lazy(() -> value(depth - 1));
        Arbitrary<TlaValue> seq = inner.list().ofMaxSize(4).map(l -> new TlaSeq(ImmutableList.copyOf(l)));
        Arbitrary<TlaValue> set = inner.list().ofMaxSize(4).map(l -> new TlaSet(ImmutableList.copyOf(l)));
        Arbitrary<TlaValue> record = Arbitraries.maps(Arbitraries.of(FIELDS), inner).ofMinSize(1).ofMaxSize(4)
                .map(m -> new TlaRecord(ImmutableMap.copyOf(m)));
        // Keys are model values or strings, not all strings: TLC prints a function on 1..n as a sequence and
        // one on strings as a record (in TLA+ they are the same value).
        Arbitrary<TlaValue> key = Arbitraries.oneOf(
                Arbitraries.of(MODEL_VALUES).map(n -> (TlaValue) new TlaModelValue(n)),
                Arbitraries.strings().alpha().ofMaxLength(3).map(s -> (TlaValue) new TlaString(s)));
        Arbitrary<TlaValue> function = Combinators.combine(key, inner).as(Mapping::new).list().ofMinSize(1)
                .ofMaxSize(4).uniqueElements(Mapping::key)
                .filter(l -> l.stream().anyMatch(m -> !(m.key() instanceof TlaString))).map(l -> new TlaFunction(ImmutableList.copyOf(l)));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaf), net.jqwik.api.Tuple.of(2, seq), net.jqwik.api.Tuple.of(2, set),
                net.jqwik.api.Tuple.of(2, record), net.jqwik.api.Tuple.of(2, function));
    }

    /** The same value as TLC's own object; sets and functions keep the generated order (marked normalized). */
    private static Value tlc(TlaValue v) {
        if (v instanceof TlaInt i) {
            return IntValue.gen((int) i.value());
        } else if (v instanceof TlaString s) {
            return new StringValue(s.value());
        } else if (v instanceof TlaBool b) {
            return b.value() ? BoolValue.ValTrue : BoolValue.ValFalse;
        } else if (v instanceof TlaModelValue m) {
            return (Value) ModelValue.make(m.name());
        } else if (v instanceof TlaSeq s) {
            return new TupleValue(s.elements().stream().map(TlcPrintedValuesTest::tlc).toArray(Value[]::new));
        } else if (v instanceof TlaSet s) {
            return new SetEnumValue(s.elements().stream().map(TlcPrintedValuesTest::tlc).toArray(Value[]::new), true);
        } else if (v instanceof TlaRecord r) {
            return new RecordValue(r.fields().keySet().stream().map(UniqueString::uniqueStringOf)
                    .toArray(UniqueString[]::new),
                    r.fields().values().stream().map(TlcPrintedValuesTest::tlc).toArray(Value[]::new), true);
        }
        TlaFunction f = (TlaFunction) v;
        return new FcnRcdValue(f.mappings().stream().map(m -> tlc(m.key())).toArray(Value[]::new),
                f.mappings().stream().map(m -> tlc(m.value())).toArray(Value[]::new), true);
    }

    @Property(tries = 300, seed = "20190208")
    void whatTlcPrintsReadsBackAsTheValue(@ForAll("values") TlaValue v) throws TlcOutputException {
        String printed = tlc(v).toString();
        assertEquals(v, TlaValueParser.parse(printed), printed);
        // As TLC prints a state in a trace: long values wrapped over indented lines.
        String wrapped = Values.ppr(printed);
        assertEquals(v, TlaValueParser.parse(wrapped), wrapped);
    }
}
