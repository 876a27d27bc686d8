/** The Alloy 6 side: generates the Alloy module of a model, checks it bounded, replays TLC traces, compares the engines. */
package pincheck.alloy;
