module pages

-- Two pages named after scenario objects, each with a reference count, and the call of
-- the last step recorded in var subset signatures, as the mirrored semantics will do.
abstract sig Page { var ref: one Int }
one sig U0, U1 extends Page {}

abstract sig Call {}
one sig get_page, put_page extends Call {}

var lone sig ev_call in Call {}
var lone sig ev_page in Page {}

fact init { all p: Page | p.ref = 1
            no ev_call and no ev_page }

pred others_unchanged[p: Page] { all q: Page - p | q.ref' = q.ref }
pred get[p: Page] { p.ref' = p.ref.plus[1] and others_unchanged[p] and ev_call' = get_page and ev_page' = p }
pred put[p: Page] { p.ref' = p.ref.minus[1] and others_unchanged[p] and ev_call' = put_page and ev_page' = p }
pred idle { ref' = ref and no ev_call' and no ev_page' }

fact transitions { always (idle or some p: Page | get[p] or put[p]) }

-- Violated in one step: a put_page frees a page.
assert NeverFreed { always all p: Page | p.ref > 0 }
check NeverFreed for 3 but 4 Int, 4 steps
