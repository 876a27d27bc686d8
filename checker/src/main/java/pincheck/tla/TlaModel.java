package pincheck.tla;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import pincheck.property.Property;

/** A generated glue module and cfg, checking the given properties. */
public record TlaModel(String module, String cfg, ImmutableList<Property> properties) {
    public static final String MODULE_NAME = "MC";

    /** The glue and cfg as files, by the names TLC is run on. */
    public ImmutableSortedMap<String, String> files() {
        return ImmutableSortedMap.of(MODULE_NAME + ".tla", module, MODULE_NAME + ".cfg", cfg);
    }
}
