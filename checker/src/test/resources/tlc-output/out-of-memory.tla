---- MODULE M ----
EXTENDS Naturals
VARIABLES x, y, z
Init == x = 0 /\ y = 0 /\ z = {}
Next == \/ x' = (x + 1) % 100000 /\ y' = y /\ z' = z \cup {x}
        \/ y' = (y + 1) % 100000 /\ x' = x /\ z' = z
Spec == Init /\ [][Next]_<<x, y, z>>
====
