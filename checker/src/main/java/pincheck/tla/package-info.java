/** The TLA+ side: generates the glue module of a scenario under a design, runs TLC (local or distributed) and reads its verdicts. */
package pincheck.tla;
