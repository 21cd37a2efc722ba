"""Phase 1: sample validation claims, run the trained verifier (cross-encoder) on them.
Writes /tmp/lp/ce.json: per claim the gold label, the verifier's verdict + probabilities,
the chosen (most relevant) window and its stance probabilities, and timings."""

import collections
import json
import os
import random
import time

os.environ.setdefault("OMP_NUM_THREADS", "2")
os.environ["WORKBENCH_THREADS"] = "2"
import numpy as np

from workbench.settings import Settings
from workbench.verifier.aggregate import claim_features, decide, verdict_probabilities
from workbench.verifier.verify import load_verifier
from workbench.verifier.windows import windows

DATA = "workbench/verifier/data/claims_val.jsonl"
rows = [json.loads(l) for l in open(DATA)]
rng = random.Random(20261130)
by = collections.defaultdict(list)
for r in rows:
    by[r["verdict"]].append(r)
# stratified, near-balanced: all 26 disputed, 27 supported, 27 unverified
quota = {"disputed": 26, "supported": 27, "unverified": 27}
sample = []
for lab, q in quota.items():
    sample += rng.sample(by[lab], min(q, len(by[lab])))
rng.shuffle(sample)

settings = Settings()
v = load_verifier(settings)
print("runtime", v.model.runtime, "threads", settings.threads, v.label)
card = v.card
agg = card.aggregation
# warm-up
v.model.predict([("a claim", "a passage.")])
out = []
t_all = 0.0
n_all = 0
for r in sample:
    texts = [w.text for p in r["passages"] for w in windows(p, card.window_sentences, card.window_stride)]
    pairs = [(r["claim"], t) for t in texts]
    t0 = time.perf_counter()
    probs = v.model.predict(pairs)
    t_all += time.perf_counter() - t0
    n_all += len(pairs)
    feats = claim_features(probs, r["claim"], texts, agg.features)
    vp = verdict_probabilities(feats, v._coef, v._intercept, agg.labels)
    label, conf, flags = decide(vp, agg.low_confidence)
    best = int(np.argmax(probs[:, 0] + probs[:, 1]))
    window = texts[best]
    if len(window) > 700:
        window = window[:700].rsplit(" ", 1)[0]
    out.append(
        {
            "id": r["id"],
            "source": r["source"],
            "claim": r["claim"],
            "gold": r["verdict"],
            "ver_label": label,
            "ver_probs": vp,
            "ver_flags": flags,
            "n_windows": len(texts),
            "window": window,
            "window_full_len": len(texts[best]),
        }
    )
# time the cross-encoder on exactly the chosen pairs, one pair per call (as Qwen is run)
t0 = time.perf_counter()
for o in out:
    p = v.model.predict([(o["claim"], o["window"])])[0]
    o["win_probs"] = [float(x) for x in p]
t_single = (time.perf_counter() - t0) / len(out)
meta = {
    "n": len(out),
    "mix": collections.Counter(o["gold"] for o in out),
    "sources": collections.Counter(o["source"] for o in out),
    "ce_sec_per_pair_batched_all_windows": t_all / n_all,
    "ce_pairs_all": n_all,
    "ce_sec_per_pair_single": t_single,
    "runtime": v.model.runtime,
    "verifier": v.label,
}
print(meta)
json.dump({"meta": meta, "claims": out}, open("/tmp/lp/ce.json", "w"), indent=1)
