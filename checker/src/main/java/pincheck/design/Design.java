package pincheck.design;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One design variant: a value for every knob, and the name it is known by
 * (a preset's name, or the preset with its overrides spelled out).
 */
public record Design(String name, ImmutableMap<Knob, String> values) {

    public Design {
        for (Knob k : Knob.values()) {
            String v = values.get(k);
            if (v == null || !k.choices().contains(v)) {
                throw new IllegalArgumentException("design " + name + ": knob " + k.key() + " = " + v);
            }
        }
    }

    public String value(Knob knob) { return values.get(knob); }

    /** This design with one knob changed; the name records the change. */
    public Design with(Knob knob, String value) throws DesignException {
        if (!knob.choices().contains(value)) {
            throw new DesignException("unknown value '" + value + "' for knob " + knob.key()
                    + pincheck.scenario.Suggest.hint(value, knob.choices()) + "; use one of " + String.join(", ", knob.choices()));
        }
        if (value.equals(value(knob))) {
            return this;
        }
        Map<Knob, String> m = new EnumMap<>(values);
        m.put(knob, value);
        return new Design(name + "+" + knob.key() + "=" + value, ImmutableMap.copyOf(m));
    }

    /** knob=value pairs in knob order, for reports. */
    public String describe() {
        return values.entrySet().stream()
                .map(e -> e.getKey().key() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }
}
