/** Reads TLC's -tool output: messages, states and values as TLC prints them, and the outcome of a run. */
package pincheck.tla.out;
