package pincheck.tla.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pincheck.tla.out.TlaValue.Mapping;
import pincheck.tla.out.TlaValue.TlaBool;
import pincheck.tla.out.TlaValue.TlaFunction;
import pincheck.tla.out.TlaValue.TlaInt;
import pincheck.tla.out.TlaValue.TlaModelValue;
import pincheck.tla.out.TlaValue.TlaRecord;
import pincheck.tla.out.TlaValue.TlaSeq;
import pincheck.tla.out.TlaValue.TlaSet;
import pincheck.tla.out.TlaValue.TlaString;

class TlaValueTest {
    private static final TlaValue ONE = new TlaInt(1);
    private static final TlaValue TWO = new TlaInt(2);

    @Test
    void printsScalarsAsTlc() {
        assertEquals("-3", new TlaInt(-3).toTla());
        assertEquals("TRUE", new TlaBool(true).toTla());
        assertEquals("FALSE", new TlaBool(false).toTla());
        assertEquals("ZERO_PAGE", new TlaModelValue("ZERO_PAGE").toTla());
        assertEquals("\"a \\\"q\\\" \\\\ b\"", new TlaString("a \"q\" \\ b").toTla());
        assertEquals("\"x\\ny\"", new TlaString("x\ny").toTla());
    }

    @Test
    void printsCollectionsAsTlc() {
        assertEquals("<<>>", new TlaSeq(ImmutableList.of()).toTla());
        assertEquals("<<1, 2>>", new TlaSeq(ImmutableList.of(ONE, TWO)).toTla());
        assertEquals("{}", new TlaSet(ImmutableList.of()).toTla());
        assertEquals("{2, 1}", new TlaSet(ImmutableList.of(TWO, ONE)).toTla());
        assertEquals("[a |-> 1, b |-> <<>>]",
                new TlaRecord(ImmutableMap.of("a", ONE, "b", new TlaSeq(ImmutableList.of()))).toTla());
        assertEquals("(1 :> 2 @@ 3 :> 4)", new TlaFunction(ImmutableList.of(
                new Mapping(ONE, TWO), new Mapping(new TlaInt(3), new TlaInt(4)))).toTla());
        assertEquals("(\"k\" :> 1)", new TlaFunction(ImmutableList.of(new Mapping(new TlaString("k"), ONE))).toTla());
    }

    @Test
    void accessorsReturnContents() {
        TlaRecord r = new TlaRecord(ImmutableMap.of("refcount", new TlaInt(-3), "name", new TlaString("bio0")));
        assertEquals(-3, r.field("refcount").asInt());
        assertEquals("bio0", r.field("name").asString());
        assertEquals(Optional.empty(), r.fieldIfPresent("nope"));
        assertEquals(ImmutableList.of("refcount", "name"), r.fields().keySet().asList());
        assertTrue(new TlaBool(true).asBool());
        assertEquals("U0", new TlaModelValue("U0").asModelValue());
        assertEquals(ImmutableList.of(ONE, TWO), new TlaSet(ImmutableList.of(ONE, TWO)).elements());
        TlaFunction f = new TlaFunction(ImmutableList.of(new Mapping(new TlaModelValue("U0"), TWO)));
        assertEquals(Optional.of(TWO), f.apply(new TlaModelValue("U0")));
        assertEquals(Optional.empty(), f.apply(new TlaModelValue("U1")));
        assertEquals(1, f.mappings().size());
    }

    @Test
    void kindMismatchSaysWhatWasExpectedAndFound() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new TlaString("x").asInt());
        assertEquals("expected an integer but got string \"x\"", e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> ONE.field("refcount"));
        assertTrue(e.getMessage().contains("wanted field 'refcount'"), e.getMessage());
        e = assertThrows(IllegalStateException.class,
                () -> new TlaRecord(ImmutableMap.of("a", ONE)).field("b"));
        assertEquals("record has no field 'b'; fields: [a]", e.getMessage());
        assertThrows(IllegalStateException.class, () -> ONE.elements());
        assertThrows(IllegalStateException.class, () -> ONE.mappings());
        assertThrows(IllegalStateException.class, () -> ONE.asString());
        assertThrows(IllegalStateException.class, () -> ONE.asBool());
        assertThrows(IllegalStateException.class, () -> ONE.asModelValue());
        assertThrows(IllegalStateException.class, () -> ONE.fields());
    }

    @Test
    void rejectsValuesTlcCannotPrint() {
        assertThrows(IllegalArgumentException.class, () -> new TlaRecord(ImmutableMap.of()));
        assertThrows(IllegalArgumentException.class, () -> new TlaFunction(ImmutableList.of()));
        assertThrows(IllegalArgumentException.class, () -> new TlaModelValue("TRUE"));
        assertThrows(IllegalArgumentException.class, () -> new TlaModelValue("a b"));
        assertThrows(IllegalArgumentException.class, () -> new TlaRecord(ImmutableMap.of("a-b", ONE)));
    }

    @Test
    void equalityIsStructural() {
        assertEquals(new TlaSeq(ImmutableList.of(ONE)), new TlaSeq(ImmutableList.of(new TlaInt(1))));
        assertFalse(new TlaSeq(ImmutableList.of(ONE)).equals(new TlaSet(ImmutableList.of(ONE))));
    }
}
