package pincheck.tla;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import pincheck.property.Property;

/** A generated glue module and cfg, checking the given properties. */
public record TlaModel(String module, String cfg, ImmutableList<Property> properties, boolean dumpsGraph) {
    public static final String MODULE_NAME = "MC";
    /** The file a graph model's run dumps its state graph to, in TLC's folder. */
    public static final String GRAPH_FILE = "graph.dot";

    /** A model whose run stops at the first violated invariant and dumps nothing. */
    public TlaModel(String module, String cfg, ImmutableList<Property> properties) {
        this(module, cfg, properties, false);
    }

    /** The glue and cfg as files, by the names TLC is run on. */
    public ImmutableSortedMap<String, String> files() {
        return ImmutableSortedMap.of(MODULE_NAME + ".tla", module, MODULE_NAME + ".cfg", cfg);
    }
}
