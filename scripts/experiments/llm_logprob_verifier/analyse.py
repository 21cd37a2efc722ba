"""Phase 3: accuracy / macro-F1 (bootstrap 95% CIs) for the verifier, the cross-encoder on the single
window, Qwen raw, Qwen calibrated, and an average of verifier + calibrated Qwen probabilities."""

import collections
import json

import numpy as np

V = ["supported", "disputed", "unverified"]  # Qwen label order support/contradict/neither
ce = json.load(open("/tmp/lp/ce.json"))
qw = json.load(open("/tmp/lp/qwen.json"))
qd = {c["id"]: c for c in qw["claims"]}
claims = [c for c in ce["claims"] if c["id"] in qd]
gold = np.array([V.index(c["gold"]) for c in claims])
ver_p = np.array([[c["ver_probs"][v] for v in V] for c in claims])
preds = {
    "trained verifier (all windows, shipped aggregation + threshold)": np.array(
        [V.index(c["ver_label"]) for c in claims]
    ),
    "trained verifier argmax of P(verdict), no threshold": ver_p.argmax(1),
    "cross-encoder, chosen window only (stance argmax)": np.array([int(np.argmax(c["win_probs"])) for c in claims]),
    "Qwen raw": np.array([int(np.argmax(qd[c["id"]]["raw"])) for c in claims]),
    "Qwen calibrated": np.array([int(np.argmax(qd[c["id"]]["cal"])) for c in claims]),
}
qcal = np.array([qd[c["id"]]["cal"] for c in claims])
qraw = np.array([qd[c["id"]]["raw"] for c in claims])
preds["avg(verifier P, Qwen calibrated P)"] = (ver_p + qcal).argmax(1)
preds["avg(verifier P, Qwen raw P)"] = (ver_p + qraw).argmax(1)


def macro_f1(g, p):
    f = []
    for k in range(3):
        tp = np.sum((p == k) & (g == k))
        fp = np.sum((p == k) & (g != k))
        fn = np.sum((p != k) & (g == k))
        f.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return float(np.mean(f))


rng = np.random.default_rng(0)
B = 1000
idx = rng.integers(0, len(gold), size=(B, len(gold)))
print(
    f"n={len(gold)} gold mix {collections.Counter(c['gold'] for c in claims)} sources {collections.Counter(c['source'] for c in claims)}"
)
for name, p in preds.items():
    acc = float(np.mean(p == gold))
    f1 = macro_f1(gold, p)
    ba = np.array([np.mean(p[i] == gold[i]) for i in idx])
    bf = np.array([macro_f1(gold[i], p[i]) for i in idx])
    cm = np.zeros((3, 3), int)
    for g_, p_ in zip(gold, p):
        cm[g_, p_] += 1
    print(
        f"{name:66s} acc {acc:.3f} [{np.percentile(ba, 2.5):.3f}, {np.percentile(ba, 97.5):.3f}]  "
        f"macroF1 {f1:.3f} [{np.percentile(bf, 2.5):.3f}, {np.percentile(bf, 97.5):.3f}]  pred mix {np.bincount(p, minlength=3).tolist()}"
    )
    print("      confusion rows=gold (sup,dis,unv) cols=pred:", cm.tolist())
# paired bootstrap: Qwen calibrated minus verifier
for a, b in [
    ("Qwen calibrated", "trained verifier (all windows, shipped aggregation + threshold)"),
    ("Qwen calibrated", "cross-encoder, chosen window only (stance argmax)"),
    ("avg(verifier P, Qwen calibrated P)", "trained verifier argmax of P(verdict), no threshold"),
]:
    d = np.array([macro_f1(gold[i], preds[a][i]) - macro_f1(gold[i], preds[b][i]) for i in idx])
    print(
        f"macro-F1 diff [{a}] - [{b}]: {macro_f1(gold, preds[a]) - macro_f1(gold, preds[b]):+.3f} [{np.percentile(d, 2.5):+.3f}, {np.percentile(d, 97.5):+.3f}]"
    )
sec = np.array([qd[c["id"]]["sec"] for c in claims])
tok = np.array([qd[c["id"]]["prompt_tokens"] for c in claims])
new = np.array([qd[c["id"]]["new_tokens"] for c in claims])
mass = np.array([qd[c["id"]]["mass"] for c in claims])
print(
    f"Qwen: {sec.mean():.2f} s/pair (median {np.median(sec):.2f}, max {sec.max():.2f}); prompt tokens mean {tok.mean():.0f} (min {tok.min()}, max {tok.max()}); evaluated after prefix reuse {new.mean():.0f}; {tok.sum() / sec.sum():.1f} tok/s"
)
print(
    f"Qwen label-token mass in full softmax: mean {mass.mean():.3f}, min {mass.min():.3f}; top tokens {collections.Counter(qd[c['id']]['top'] for c in claims)}"
)
print(
    "content-free p (support, contradict, neither):",
    np.round(qw["content_free"], 3).tolist(),
    "mean",
    np.round(qw["p_cf"], 3).tolist(),
)
m = ce["meta"]
print(
    f"cross-encoder: {m['ce_sec_per_pair_single'] * 1000:.0f} ms/pair one pair per call; {m['ce_sec_per_pair_batched_all_windows'] * 1000:.0f} ms/pair batched over all {m['ce_pairs_all']} windows ({m['ce_pairs_all'] / m['n']:.0f} windows/claim); runtime {m['runtime']}"
)
