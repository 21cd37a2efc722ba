"""Phase 2: label-token log-probabilities from the local Qwen GGUF, raw and contextually calibrated.
Reads /tmp/lp/ce.json (same claims, same window), writes /tmp/lp/qwen.json."""

import json
import os
import sys
import time

import numpy as np
from llama_cpp import Llama

from workbench.llm.local import without_amx_buffers

MODEL = os.path.expanduser("~/.cache/claim-workbench/models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf")
LIMIT = int(sys.argv[1]) if len(sys.argv) > 1 else None
SYSTEM = "You are a careful fact-checker."
USER = (
    "Passage: {passage}\n\nClaim: {claim}\n\n"
    "Does the passage support the claim, contradict it, or neither? "
    "Answer with one word: support, contradict, or neither."
)
LABELS = ["support", "contradict", "neither"]  # -> supported, disputed, unverified
CONTENT_FREE = [("N/A", "N/A"), ("", ""), ("[MASK]", "[MASK]")]


def prompt(passage, claim):
    return (
        f"<|im_start|>system\n{SYSTEM}<|im_end|>\n<|im_start|>user\n"
        f"{USER.format(passage=passage, claim=claim)}<|im_end|>\n<|im_start|>assistant\n"
    )


with without_amx_buffers():
    llm = Llama(
        model_path=MODEL, n_ctx=1024, n_threads=2, n_threads_batch=2, logits_all=False, use_mmap=False, verbose=False
    )
nv = llm.n_vocab()

# first token of each answer word, lower-case and capitalised variants (all must be distinct)
variants = {}
for lab in LABELS:
    toks = set()
    for w in (lab, lab.capitalize()):
        toks.add(llm.tokenize(w.encode(), add_bos=False, special=False)[0])
    variants[lab] = sorted(toks)
allt = [t for v in variants.values() for t in v]
assert len(allt) == len(set(allt)), variants
print({lab: [(t, llm.detokenize([t]).decode()) for t in v] for lab, v in variants.items()}, flush=True)

prev = []


def label_probs(text):
    """Returns (p over 3 labels, mass of the label tokens in the full softmax, top token, n prompt tokens, seconds)."""
    global prev
    toks = llm.tokenize(text.encode(), add_bos=False, special=True)
    t0 = time.perf_counter()
    k = 0
    while k < min(len(prev), len(toks)) - 1 and prev[k] == toks[k]:
        k += 1
    llm.n_tokens = k  # reuse the KV cache of the shared prefix; eval drops the rest
    llm.eval(toks[k:])
    logits = np.ctypeslib.as_array(llm._ctx.get_logits(), shape=(nv,)).astype(np.float64).copy()
    dt = time.perf_counter() - t0
    prev = toks
    z = logits - logits.max()
    p = np.exp(z)
    p /= p.sum()
    lp = np.array([p[variants[lab]].sum() for lab in LABELS])
    top = llm.detokenize([int(np.argmax(logits))]).decode(errors="replace")
    return lp / lp.sum(), float(lp.sum()), top, len(toks), dt, len(toks) - k


cf = []
for passage, claim in CONTENT_FREE:
    p, mass, top, n, dt, _ = label_probs(prompt(passage, claim))
    print("content-free", repr(passage), p.round(3), "mass", round(mass, 3), "top", repr(top), flush=True)
    cf.append(p.tolist())
p_cf = np.mean(cf, axis=0)

data = json.load(open("/tmp/lp/ce.json"))
claims = data["claims"][:LIMIT] if LIMIT else data["claims"]
out = []
for i, c in enumerate(claims):
    p, mass, top, n, dt, n_new = label_probs(prompt(c["window"], c["claim"]))
    q = p / p_cf
    q /= q.sum()
    out.append(
        {
            "id": c["id"],
            "raw": p.tolist(),
            "cal": q.tolist(),
            "mass": mass,
            "top": top,
            "prompt_tokens": n,
            "new_tokens": n_new,
            "sec": dt,
        }
    )
    print(i, c["gold"], p.round(3), q.round(3), repr(top), n, f"{dt:.2f}s", flush=True)
json.dump(
    {
        "system": SYSTEM,
        "user": USER,
        "variants": variants,
        "content_free": cf,
        "p_cf": p_cf.tolist(),
        "model": MODEL,
        "claims": out,
    },
    open("/tmp/lp/qwen.json" if not LIMIT else "/tmp/lp/qwen_test.json", "w"),
    indent=1,
)
