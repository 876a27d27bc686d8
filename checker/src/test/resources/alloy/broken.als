module broken

sig Page { var ref: Int }

-- A type error: a page added to a count.
fact { all p: Page | p.ref.plus[p] = 1 }

check NoRef { always no ref } for 3
