"""Claim Workbench: check the claims of an article against an evidence corpus.

One process-wide setting is made here, before torch or llama.cpp can be imported: both run their
threads with OpenMP (libgomp), whose idle threads spin before they sleep (300,000 spins by
default). When the cores are busy with other work, the spinning threads fight for the cores they
wait on; with no spinning at all (OMP_WAIT_POLICY=PASSIVE) every barrier costs a wake-up. A short
spin gets both: measured on 2 cores, the same 46-token completion of the 1.5B model (median of 3,
2026-11-29):

    machine                          default (300,000)  PASSIVE   GOMP_SPINCOUNT=2,000   500
    quiet (load ~1)                  1.79 s             2.53 s    1.76-1.82 s            1.81 s
    4 busy processes beside it       22.6 s             6.7 s     7.7-8.2 s              6.8 s

so the workbench sets ``GOMP_SPINCOUNT=500``: the quiet speed of spinning, the busy speed of
sleeping. An explicit ``OMP_WAIT_POLICY`` or ``GOMP_SPINCOUNT`` in the environment always wins.
"""

import os

if "OMP_WAIT_POLICY" not in os.environ and "GOMP_SPINCOUNT" not in os.environ:
    os.environ["GOMP_SPINCOUNT"] = "500"
