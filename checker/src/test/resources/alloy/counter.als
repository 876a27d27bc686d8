module counter

-- A counter that at each step goes up by one or stays put. Every trace starts at 0.
one sig Counter { var n: Int }

fact init { Counter.n = 0 }
fact step { always (Counter.n' = Counter.n.plus[1] or Counter.n' = Counter.n) }

-- Violated: three increments reach 3, so the shortest counterexample has states 0, 1, 2, 3.
assert BelowThree { always Counter.n < 3 }
check BelowThree for 1 but 5 Int, 10 steps

-- Holds up to the bound: 4 Int is -8..7, and 6 steps (states) count to 5 at most.
assert NonNegative { always Counter.n >= 0 }
check NonNegative for 1 but 4 Int, 6 steps

-- 4 Int is -8..7: the eighth increment wraps 7 to -8 (state 8 of 9), unless overflow is prevented.
check NonNegativeNarrow { always Counter.n >= 0 } for 1 but 4 Int, 9 steps

-- No Int scope and no steps: Alloy's defaults, 4 bits and 10 steps, so the same wrap.
check NonNegativeDefault { always Counter.n >= 0 } for 1

-- A run, not a check: the runner refuses it.
run Reaches5 { eventually Counter.n = 5 } for 1 but 5 Int, 10 steps
