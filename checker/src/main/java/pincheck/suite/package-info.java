/** The built-in suite: every scenario under every preset, the run cache, state-space reduction and scaling runs. */
package pincheck.suite;
