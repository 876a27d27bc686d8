---- MODULE M ----
EXTENDS Naturals
VARIABLE x
Init == x = 5
Next == x' = x
Spec == Init /\ [][Next]_x
Inv == x < 3
====
