/** The properties checked (invariants, conditions, liveness) and the sentence explaining why one broke. */
package pincheck.property;
