---- MODULE M ----
EXTENDS Naturals
VARIABLES x, s
Init == x = 0 /\ s = {}
Next == x' = (x + 1) % 3 /\ s' = {x}
Spec == Init /\ [][Next]_<<x, s>> /\ WF_<<x, s>>(Next)
Live == <>(x = 5)
====
