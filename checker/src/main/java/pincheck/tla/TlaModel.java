package pincheck.tla;

import com.google.common.collect.ImmutableList;
import pincheck.property.Property;

/** A generated glue module and cfg, checking the given properties. */
public record TlaModel(String module, String cfg, ImmutableList<Property> properties) {
    public static final String MODULE_NAME = "MC";
}
