"""Claim Workbench: check the claims of an article against an evidence corpus.

One process-wide setting is made here, before torch or llama.cpp can be imported: both run their
threads with OpenMP (libgomp), whose idle threads spin before they sleep. When the cores are busy
with other work, the spinning threads fight for the cores they wait on. Measured on 2 cores, the
same 46-token completion of the 1.5B model (median of 3):

    machine                          default policy   OMP_WAIT_POLICY=PASSIVE
    quiet (load ~1)                  1.8 s            2.6 s
    4 busy processes beside it       19.6 s           3.5 s
    shared, load ~4.5 (2 runs)       8.3 s, 56 s      2.9 s, 3.3 s

and a one-query embedding 138-494 ms against 13 ms under load. Passive waiting costs about 45% on a
quiet machine and saves 5x or more on a busy one; a laptop running a browser beside the workbench
is closer to busy. ``OMP_WAIT_POLICY=ACTIVE workbench ...`` keeps the default spinning (an explicit
value in the environment always wins).
"""

import os

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
