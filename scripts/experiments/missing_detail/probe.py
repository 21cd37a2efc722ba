"""Does the stance model read "the passage does not state the claim's detail" as "contradicts"?

    .venv/bin/python scripts/experiments/missing_detail/probe.py [VERIFIER_FOLDER]

For every hand-written news pair labelled supports (paraphrase or attribution; training and
validation files), the claim's longest date, year or number that the passage states is deleted from
the passage, and the stance model scores the claim against the full passage and against the cut
one. The right answer for the cut passage is "does not address" (or "supports" when the detail is
incidental), never "contradicts": nothing in it states another value.

Measured 2026-12-01 (session 19), 131 pairs:
- shipped verifier (card v3): P(contradicts) mean 0.19 -> 0.85; read as contradicting (> 0.5)
  8% -> 89%; P(supports) 0.79 -> 0.11.
- v3 continued one epoch with ``--story-neutrals``: 0.14 -> 0.87, 6% -> 90%.
Measured 2026-12-01 (session 20), validation pairs (20, never trained on) / training pairs (111):
- card v3: read as contradicting 80% / 91% with the detail deleted (5% / 9% with the full passage);
- ``--detail-neutrals`` continued one epoch from v3: 70% / 75%; from scratch: 45% / 37%.
The synthetic swaps (synthetic.py) teach "the passage lacks the claim's value" as much as "the
passage states another value"; in a story's own briefs most windows lack some date of the claim.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
from workbench.dates import MONTHS, WEEKDAYS
from workbench.verifier.model import SHIPPED, StanceModel

DATA = ROOT / "workbench" / "verifier" / "data"
DETAIL = re.compile(
    rf"(?:on |in |since |from |by )?(?:(?:{'|'.join(WEEKDAYS)}),? )?(?:\d{{1,2}} )?(?:{'|'.join(MONTHS)})(?: \d{{4}})?"
    r"|\b(?:in |since )?(?:19|20)\d\d\b|\b\d[\d,.]*(?: percent| per cent)?"
)


def cut_pairs(names: tuple[str, ...]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    full, cut = [], []
    for name in names:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if r["label"] != "supports" or r.get("pattern") not in ("paraphrase_support", "attribution_support"):
                continue
            stated = [d.group(0) for d in DETAIL.finditer(r["claim"]) if d.group(0).strip() in r["passage"]]
            if not stated:
                continue
            detail = max(stated, key=len).strip()
            full.append((r["claim"], r["passage"]))
            passage = re.sub(r"\s+", " ", r["passage"].replace(detail, "")).replace(" ,", ",").replace(" .", ".")
            cut.append((r["claim"], passage))
    return full, cut


def main() -> None:
    model = StanceModel(Path(sys.argv[1]) if len(sys.argv) > 1 else SHIPPED, threads=1, runtime="torch")
    figures = {}
    for split, names in (("validation", ("news_pairs_val.jsonl",)), ("training", ("news_pairs.jsonl",))):
        full, cut = cut_pairs(names)
        figures[split] = measure(model, full, cut)
    print(json.dumps(figures | {"note": "[full passage, passage with the claim's detail deleted]"}))


def measure(model: StanceModel, full: list[tuple[str, str]], cut: list[tuple[str, str]]) -> dict[str, object]:
    pf, pc = model.predict(full), model.predict(cut)
    return {
        "pairs": len(full),
        "p_contradicts": [round(float(pf[:, 1].mean()), 3), round(float(pc[:, 1].mean()), 3)],
        "read_contradicting": [
            round(float(np.mean(pf[:, 1] > 0.5)), 3),
            round(float(np.mean(pc[:, 1] > 0.5)), 3),
        ],
        "p_supports": [round(float(pf[:, 0].mean()), 3), round(float(pc[:, 0].mean()), 3)],
    }


if __name__ == "__main__":
    main()
