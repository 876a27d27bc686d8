package pincheck.design;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import pincheck.scenario.Kernel;

/**
 * One design variant: a value for every knob, the kernel whose code the scenario's calls follow
 * under it (a real kernel's, or the path as the 2019 thread describes it, for the proposals),
 * and the name it is known by (a preset's, or the preset with its overrides spelled out).
 */
public record Design(String name, Kernel kernel, ImmutableMap<Knob, String> values) {

    public Design {
        requireNonNull(name);
        requireNonNull(kernel);
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
        return new Design(name + "+" + knob.key() + "=" + value, kernel, ImmutableMap.copyOf(m));
    }

    /** knob=value pairs in knob order, for reports. */
    public String describe() {
        return values.entrySet().stream()
                .map(e -> e.getKey().key() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    /** The knobs set to a value no kernel has, as {@code knob=value} (empty for a real kernel). */
    public java.util.List<String> hypotheticals() {
        return values.entrySet().stream()
                .filter(e -> e.getKey().value(e.getValue()).status() == Status.HYPOTHETICAL)
                .map(e -> e.getKey().key() + "=" + e.getValue())
                .toList();
    }
}
