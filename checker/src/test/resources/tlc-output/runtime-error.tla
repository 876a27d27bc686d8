---- MODULE M ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1 /\ x < 3 /\ (x = 2 => (x' = 1 \div 0))
Spec == Init /\ [][Next]_x
====
