/** Settles each claim of the 2019 'Keep track of GUPed pages' thread with counterexamples or exhaustive runs. */
package pincheck.claims;
