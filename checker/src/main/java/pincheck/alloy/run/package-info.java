/** Runs one Alloy command in-process (SAT4J) with a timeout and reads its instance as a trace. */
package pincheck.alloy.run;
