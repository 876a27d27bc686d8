---- MODULE M ----
EXTENDS Integers, Sequences, TLC
CONSTANTS U0, U1
VARIABLES x, ev, pages
Init == x = 0 /\ ev = [call |-> "init", args |-> <<>>] /\ pages = [p \in {U0, U1} |-> [refcount |-> 1, pins |-> {}]]
Inc == x < 5 /\ x' = x + 1
       /\ ev' = [call |-> "inc", args |-> <<"a \"q\" \\ b", {1, 2}, x, TRUE>>, f |-> (0 :> "a" @@ 5 :> "b"), g |-> ("k" :> -1), h |-> (U0 :> -x)]
       /\ pages' = [pages EXCEPT ![U0] = [refcount |-> @.refcount - 1, pins |-> @.pins \cup {[bio |-> "bio" \o ToString(x), site |-> "fs/direct-io.c: dio_zero_block", long |-> <<1,2,3,4,5,6,7,8,9,10>>]}]]
Spec == Init /\ [][Inc]_<<x, ev, pages>>
Inv == x < 3
View == <<x, pages>>
====
