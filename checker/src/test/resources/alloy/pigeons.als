module pigeons

-- Pigeonhole, 12 pigeons into 11 holes, on integers so that symmetry breaking cannot
-- help: no counterexample exists, and showing that takes SAT solvers a very long time.
one sig M { hole: Int -> Int }

fact { all p: Int | (p >= 0 and p < 12) implies (one M.hole[p] and M.hole[p] >= 0 and M.hole[p] < 11)
                                         else no M.hole[p] }

assert Shared { some disj p, q: Int | p >= 0 and p < 12 and q >= 0 and q < 12 and M.hole[p] = M.hole[q] }
check Shared for 1 but 5 Int
