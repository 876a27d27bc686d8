/** Engine-neutral counterexamples (states, calls, what changed) and their narration as a kernel call sequence. */
package pincheck.trace;
