package pincheck.tla.out;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A TLA+ value as TLC prints it in a trace. {@link #toTla()} prints it back exactly as TLC
 * prints it on one line; the accessors throw {@link IllegalStateException} on a kind mismatch.
 */
public sealed interface TlaValue {

    /** Prints the value the way TLC prints it when it fits on one line. */
    String toTla();

    /** Short name of the kind, used in error messages ("integer", "record", ...). */
    String kind();

    default long asInt() {
        throw mismatch("an integer");
    }

    default String asString() {
        throw mismatch("a string");
    }

    default boolean asBool() {
        throw mismatch("a boolean");
    }

    /** Name of a model value such as {@code U0}. */
    default String asModelValue() {
        throw mismatch("a model value");
    }

    /** Elements of a sequence (in order) or a set (in TLC's printed order). */
    default ImmutableList<TlaValue> elements() {
        throw mismatch("a sequence or set");
    }

    default ImmutableMap<String, TlaValue> fields() {
        throw mismatch("a record");
    }

    default TlaValue field(String name) {
        throw mismatch("a record (wanted field '" + name + "')");
    }

    default ImmutableList<Mapping> mappings() {
        throw mismatch("a function");
    }

    private IllegalStateException mismatch(String wanted) {
        return new IllegalStateException("expected " + wanted + " but got " + kind() + " " + toTla());
    }

    record TlaInt(long value) implements TlaValue {
        @Override
        public String toTla() {
            return Long.toString(value);
        }

        @Override
        public String kind() {
            return "integer";
        }

        @Override
        public long asInt() {
            return value;
        }
    }

    record TlaString(String value) implements TlaValue {
        public TlaString {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toTla() {
            StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\t' -> sb.append("\\t");
                    case '\r' -> sb.append("\\r");
                    case '\f' -> sb.append("\\f");
                    default -> sb.append(c);
                }
            }
            return sb.append('"').toString();
        }

        @Override
        public String kind() {
            return "string";
        }

        @Override
        public String asString() {
            return value;
        }
    }

    record TlaBool(boolean value) implements TlaValue {
        @Override
        public String toTla() {
            return value ? "TRUE" : "FALSE";
        }

        @Override
        public String kind() {
            return "boolean";
        }

        @Override
        public boolean asBool() {
            return value;
        }
    }

    /** A model value from the cfg ({@code U0 = U0}); TLC prints it as the bare name. */
    record TlaModelValue(String name) implements TlaValue {
        public TlaModelValue {
            Objects.requireNonNull(name, "name");
            if (!TlaValueParser.isIdentifier(name) || name.equals("TRUE") || name.equals("FALSE")) {
                throw new IllegalArgumentException("not a model value name: '" + name + "'");
            }
        }

        @Override
        public String toTla() {
            return name;
        }

        @Override
        public String kind() {
            return "model value";
        }

        @Override
        public String asModelValue() {
            return name;
        }
    }

    /** A sequence; TLC also prints every function with domain 1..n this way. */
    record TlaSeq(ImmutableList<TlaValue> elements) implements TlaValue {
        public TlaSeq {
            elements = ImmutableList.copyOf(elements);
        }

        @Override
        public String toTla() {
            return join(elements, "<<", ">>");
        }

        @Override
        public String kind() {
            return "sequence";
        }
    }

    /** A set, elements kept in the order TLC printed them (TLC's own normal order). */
    record TlaSet(ImmutableList<TlaValue> elements) implements TlaValue {
        public TlaSet {
            elements = ImmutableList.copyOf(elements);
        }

        @Override
        public String toTla() {
            return join(elements, "{", "}");
        }

        @Override
        public String kind() {
            return "set";
        }
    }

    /** A record, fields in printed order; never empty (TLC prints the empty function as {@code <<>>}). */
    record TlaRecord(ImmutableMap<String, TlaValue> fields) implements TlaValue {
        public TlaRecord {
            fields = ImmutableMap.copyOf(fields);
            if (fields.isEmpty()) {
                throw new IllegalArgumentException("a record has at least one field; TLC prints the empty one as <<>>");
            }
            fields.keySet().forEach(name -> {
                if (!TlaValueParser.isFieldName(name)) {
                    throw new IllegalArgumentException("not a record field name: '" + name + "'");
                }
            });
        }

        @Override
        public String toTla() {
            return fields.entrySet().stream()
                    .map(e -> e.getKey() + " |-> " + e.getValue().toTla())
                    .collect(Collectors.joining(", ", "[", "]"));
        }

        @Override
        public String kind() {
            return "record";
        }

        @Override
        public TlaValue field(String name) {
            TlaValue v = fields.get(name);
            if (v == null) {
                throw new IllegalStateException("record has no field '" + name + "'; fields: " + fields.keySet());
            }
            return v;
        }

        public Optional<TlaValue> fieldIfPresent(String name) {
            return Optional.ofNullable(fields.get(name));
        }
    }

    /** One {@code key :> value} pair of a function. */
    record Mapping(TlaValue key, TlaValue value) {
        public Mapping {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A function TLC prints as {@code (k1 :> v1 @@ k2 :> v2)}, pairs in printed order; never empty
     * (TLC prints the empty function as {@code <<>>}).
     */
    record TlaFunction(ImmutableList<Mapping> mappings) implements TlaValue {
        public TlaFunction {
            mappings = ImmutableList.copyOf(mappings);
            if (mappings.isEmpty()) {
                throw new IllegalArgumentException("a function has at least one pair; TLC prints the empty one as <<>>");
            }
        }

        @Override
        public String toTla() {
            return mappings.stream()
                    .map(m -> m.key().toTla() + " :> " + m.value().toTla())
                    .collect(Collectors.joining(" @@ ", "(", ")"));
        }

        @Override
        public String kind() {
            return "function";
        }

        /** The value at {@code key}, if the key is in the printed domain. */
        public Optional<TlaValue> apply(TlaValue key) {
            return mappings.stream().filter(m -> m.key().equals(key)).map(Mapping::value).findFirst();
        }
    }

    private static String join(ImmutableList<TlaValue> values, String open, String close) {
        return values.stream().map(TlaValue::toTla).collect(Collectors.joining(", ", open, close));
    }
}
