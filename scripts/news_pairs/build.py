"""Rebuild workbench/verifier/data/news_pairs.jsonl and news_pairs_val.jsonl from the hand-written stories here.

cd scripts/news_pairs && python build.py [OUTDIR]
"""

import collections
import importlib
import json
import random
import re
import sys
from pathlib import Path

from common import PAT, STORIES

MODULES = [
    "train_a",
    "train_b",
    "train_c",
    "train_d",
    "train_e",
    "train_f",
    "train_g",
    "train_h",
    "train_i",
    "val_a",
    "val_b",
]
for m in MODULES:
    try:
        importlib.import_module(m)
    except ModuleNotFoundError as e:
        if e.name != m:
            raise
importlib.import_module("train_patch").apply()
MOVE_TO_VAL = [
    "whitlow-coin-hoard",
    "torran-hikers-found",
    "brackley-red-panda",
    "plastic-bag-ban",
    "hennig-bridge-closure",
]
for t in MOVE_TO_VAL:
    st = next(s for s in STORIES["train"] if s["topic"] == t)
    STORIES["train"].remove(st)
    STORIES["val"].append(st)
importlib.import_module("val_patch").apply()
OUT = (
    Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "workbench" / "verifier" / "data"
)
OUT.mkdir(parents=True, exist_ok=True)
UNREL_FRAC = {"train": 0.10, "val": 0.10}
FORBIDDEN = [
    "syria",
    "f-22",
    "su-25",
    "russia",
    "pentagon",
    "konashenkov",
    "mayadin",
    "deir ez",
    "global research",
    "fort russ",
]


def words(s):
    return len(s.split())


def sentences(s):
    return len(re.findall(r"(?<!\bSt)[.!?]['\u2019\"]?(?:\s|$)", s))


warnings = []


def build(split):
    rng = random.Random(1234 if split == "train" else 4321)
    stories = STORIES[split]
    groups = []
    for st in stories:
        rows = []
        for p in st["passages"]:
            if not (30 <= words(p) <= 120):
                warnings.append(f"{split}/{st['topic']}: passage {words(p)} words")
            if not (1 <= sentences(p) <= 4):
                warnings.append(f"{split}/{st['topic']}: passage {sentences(p)} sentences: {p[:60]}")
        for item in st["pairs"]:
            pi, code, claim = item[:3]
            pattern, label = PAT[code]
            if len(item) > 3:
                label = item[3]
            if not (8 <= words(claim) <= 25):
                warnings.append(f"{split}/{st['topic']}: claim {words(claim)} words: {claim}")
            rows.append(
                {
                    "claim": claim,
                    "passage": st["passages"][pi],
                    "label": label,
                    "pattern": pattern,
                    "topic": st["topic"],
                }
            )
        groups.append(rows)
    n_hand = sum(len(g) for g in groups)
    n_unrel = round(n_hand * UNREL_FRAC[split] / (1 - UNREL_FRAC[split]))
    # claims for unrelated pairs: supported/contradicted claims (they are about something concrete)
    order = list(range(len(stories)))
    rng.shuffle(order)
    i = 0
    made = 0
    used = set()
    while made < n_unrel:
        a = order[i % len(order)]
        i += 1
        st = stories[a]
        cands = [x for x in st["pairs"] if PAT[x[1]][1] != "neutral" and (a, x[2]) not in used]
        if not cands:
            continue
        pi, code, claim = rng.choice(cands)[:3]
        same = [b for b, s in enumerate(stories) if b != a and s["domain"] == st["domain"]]
        other = [b for b in range(len(stories)) if b != a]
        b = rng.choice(same) if same and rng.random() < 0.5 else rng.choice(other)
        passage = rng.choice(stories[b]["passages"])
        used.add((a, claim))
        groups[a].append(
            {"claim": claim, "passage": passage, "label": "neutral", "pattern": "unrelated", "topic": st["topic"]}
        )
        made += 1
    rows = [r for g in groups for r in g]
    return rows


splits = {s: build(s) for s in ("train", "val")}
names = {"train": "news_pairs.jsonl", "val": "news_pairs_val.jsonl"}
for s, rows in splits.items():
    with open(OUT / names[s], "w", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)

# checks
ATTR = {
    "attribution_support",
    "attribution_contradict",
    "attribution_neutral",
    "fact_via_denial",
    "fact_claimed_only",
    "denial_support",
}
for s, rows in splits.items():
    keys = [(r["claim"], r["passage"]) for r in rows]
    dup = [k for k, c in collections.Counter(keys).items() if c > 1]
    if dup:
        warnings.append(f"{s}: {len(dup)} duplicate pairs: {dup[:2]}")
    dclaims = [
        k for k, c in collections.Counter(r["claim"] for r in rows if r["pattern"] != "unrelated").items() if c > 1
    ]
    if dclaims:
        warnings.append(f"{s}: repeated claims {dclaims}")
    lab = collections.Counter(r["label"] for r in rows)
    n = len(rows)
    print(f"== {s}: {n} pairs, {len({r['topic'] for r in rows})} topics")
    print("  labels:", {k: f"{v} ({v / n:.0%})" for k, v in sorted(lab.items())})
    print(
        "  attribution-related:",
        sum(r["pattern"] in ATTR for r in rows),
        f"({sum(r['pattern'] in ATTR for r in rows) / n:.0%})",
    )
    print("  patterns:", dict(sorted(collections.Counter(r["pattern"] for r in rows).items())))
    for r in rows:
        blob = (r["claim"] + " " + r["passage"] + " " + r["topic"]).lower()
        for w in FORBIDDEN:
            if w in blob:
                warnings.append(f"{s}: forbidden '{w}' in {r['topic']}")
overlap = {r["topic"] for r in splits["train"]} & {r["topic"] for r in splits["val"]}
if overlap:
    warnings.append(f"topic overlap: {overlap}")
pass_overlap = {r["passage"] for r in splits["train"]} & {r["passage"] for r in splits["val"]}
if pass_overlap:
    warnings.append(f"passage overlap: {len(pass_overlap)}")
print("\n".join(["WARN " + w for w in warnings]) or "no warnings")
