// functions.cocci: the functions a file defines and every call each makes, so that
// pincheck can follow a release from the function that took the pages into the
// helpers it calls, an end_io into what it calls, and a wrapper such as
// bio_release_pages() into its definition.
//
// Run alone:  spatch --very-quiet --no-includes --sp-file functions.cocci FILE.c ...
// One JSON line per match:
//   ["def",  FILE, LINE, FUNCTION, PARAMETERS, STATIC]   STATIC: true for static functions
//   ["call", FILE, LINE, FUNCTION, CALLEE, ARGUMENTS]    ARGUMENTS as written, comma-separated

@initialize:python@
@@
import json

def emit(kind, p, *fields):
    print(json.dumps([kind, p[0].file, int(p[0].line), p[0].current_element] + list(fields)))

@sdef@
identifier f;
parameter list ps;
type T;
position p;
@@
static T f@p(ps) {...}

@script:python@
ps << sdef.ps; p << sdef.p;
@@
emit("def", p, str(ps), True)

@def@
identifier f;
parameter list ps;
position p != sdef.p;
@@
f@p(ps) {...}

@script:python@
ps << def.ps; p << def.p;
@@
emit("def", p, str(ps), False)

@call@
identifier fn;
expression list args;
position p;
@@
fn@p(args)

@script:python@
fn << call.fn; args << call.args; p << call.p;
@@
emit("call", p, fn, str(args))
