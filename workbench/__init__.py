"""Claim Workbench: check the claims of an article against an evidence corpus.

One process-wide setting is made here, before torch or llama.cpp can be imported: both run their
threads with OpenMP (libgomp), whose idle threads spin by default. On a machine whose cores are
busy with other work, the spinning threads fight for the cores they wait on. Measured on 2 shared
cores (load about 4.5), the same 46-token completion of the 1.5B model took 8 to 56 s with the
default policy and 2.9 to 3.3 s with ``OMP_WAIT_POLICY=PASSIVE``; a one-query embedding 138 to
494 ms against 13 ms. An explicit ``OMP_WAIT_POLICY`` in the environment is kept.
"""

import os

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
