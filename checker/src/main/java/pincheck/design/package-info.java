/** Design variants: the knobs of the pinning design space, the named presets, and the scaled constants. */
package pincheck.design;
