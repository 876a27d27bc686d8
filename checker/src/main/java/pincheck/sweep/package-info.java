/** Sweeps every knob combination a scenario reaches and says, as a decision tree, which knob decides. */
package pincheck.sweep;
