"""Build the verifier's training and validation data from ../shared/datasets (run once; output is shipped).

    .venv/bin/python scripts/make_verifier_data.py [--shared ../shared/datasets]

Writes to workbench/verifier/data/:
- scifact_pairs.jsonl  (claim, window, stance) pairs from SciFact training claims, minus the 200
  claims of the scifact-verdicts eval suite and minus the validation claims below;
- wice_pairs.jsonl     the same from WiCE (dev + test, the shared 80%), minus its validation claims;
- claims_val.jsonl     claim-level validation: SciFact and WiCE claims with the passages a search
  would give (their own evidence plus BM25 distractors), for calibrating the aggregation and
  choosing the low-confidence threshold. Never used to fit the cross-encoder.
Stances: supports / contradicts / neutral. "contradicts" pairs are rationale windows of CONTRADICT
evidence plus synthetic perturbations (workbench/verifier/synthetic.py) of supported claims.
Everything is seeded; a re-run gives the same files.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

import bm25s
import Stemmer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from workbench.verifier.synthetic import perturb

OUT = ROOT / "workbench" / "verifier" / "data"
SEED = 13
VAL_SHARE = 0.2


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def split_val(ids: list, labels: list[str], rng: random.Random) -> set:
    """A label-stratified VAL_SHARE of ids."""
    val = set()
    for label in sorted(set(labels)):
        group = sorted(i for i, lab in zip(ids, labels) if lab == label)
        val |= set(rng.sample(group, round(len(group) * VAL_SHARE)))
    return val


def neutral_windows(sentences: list[str], avoid: set[int], rng: random.Random, n: int) -> list[str]:
    """Up to n windows of 1-2 consecutive sentences that share no sentence with ``avoid``."""
    starts = [i for i in range(len(sentences)) if i not in avoid and (i + 1 >= len(sentences) or i + 1 not in avoid)]
    rng.shuffle(starts)
    out = []
    for i in starts[:n]:
        size = rng.choice([1, 2])
        out.append(" ".join(s.strip() for s in sentences[i : i + size]))
    return out


def rationale_window(sentences: list[str], idx: list[int], rng: random.Random) -> str:
    """The rationale sentences, sometimes with a neighbour, as the windows at run time would hold them."""
    chosen = set(idx)
    if rng.random() < 0.4:
        extra = rng.choice([min(idx) - 1, max(idx) + 1])
        if 0 <= extra < len(sentences):
            chosen.add(extra)
    return " ".join(sentences[i].strip() for i in sorted(chosen))


def scifact(shared: Path, rng: random.Random, hard_negatives: int = 0) -> tuple[list[dict], list[dict]]:
    claims = read_jsonl(shared / "scifact" / "claims_train.jsonl")
    corpus = {str(d["doc_id"]): d for d in read_jsonl(shared / "scifact" / "corpus.jsonl")}
    suite = {r["id"] for r in read_jsonl(ROOT / "evals" / "datasets" / "scifact_claims.jsonl")}
    pool = [c for c in claims if f"scifact-{c['id']}" not in suite]

    def verdict(c: dict) -> str:
        labels = {e["label"] for ev in c["evidence"].values() for e in ev}
        return "unverified" if not labels else "supported" if "SUPPORT" in labels else "disputed"

    val_ids = split_val([c["id"] for c in pool], [verdict(c) for c in pool], rng)
    doc_ids = sorted(corpus)
    stemmer = Stemmer.Stemmer("english")
    texts = [corpus[d]["title"] + " " + " ".join(corpus[d]["abstract"]) for d in doc_ids]
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize(texts, stopwords="en", stemmer=stemmer, show_progress=False), show_progress=False)

    def bm25(query: str, n: int) -> list[str]:
        hits, _ = retriever.retrieve(
            bm25s.tokenize([query], stopwords="en", stemmer=stemmer, show_progress=False), k=n, show_progress=False
        )
        return [doc_ids[i] for i in hits[0]]

    pairs, val = [], []
    for c in pool:
        group = f"scifact-{c['id']}"
        if c["id"] in val_ids:
            docs = [str(d) for d in c["cited_doc_ids"]]
            docs += [d for d in bm25(c["claim"], 8) if d not in docs]
            val.append(
                {
                    "id": group,
                    "claim": c["claim"],
                    "verdict": verdict(c),
                    "source": "scifact",
                    "passages": [" ".join(s.strip() for s in corpus[d]["abstract"]) for d in docs[:5]],
                }
            )
            continue
        evidence_docs = set(c["evidence"])

        def add(claim: str, passage: str, label: str, pattern: str, group: str = group) -> None:
            pairs.append(
                {
                    "claim": claim,
                    "passage": passage,
                    "label": label,
                    "source": "scifact",
                    "group": group,
                    "pattern": pattern,
                }
            )

        for doc_id, sets in c["evidence"].items():
            sentences = corpus[doc_id]["abstract"]
            used: set[int] = set()
            for ev in sets:
                stance = "supports" if ev["label"] == "SUPPORT" else "contradicts"
                window = rationale_window(sentences, ev["sentences"], rng)
                add(c["claim"], window, stance, "rationale")
                used |= set(ev["sentences"])
                if stance == "supports":
                    changed = perturb(c["claim"], rng, window)
                    if changed:
                        add(changed[0], window, "contradicts", f"synthetic_{changed[1]}")
            for window in neutral_windows(sentences, used, rng, 2):
                add(c["claim"], window, "neutral", "same_abstract")
        # cited abstracts without evidence, and retrieved look-alikes, do not address the claim
        others = [str(d) for d in c["cited_doc_ids"] if str(d) not in evidence_docs]
        others += [d for d in bm25(c["claim"], 4) if d not in evidence_docs and d not in others][:2]
        for doc_id in others[:1]:
            for window in neutral_windows(corpus[doc_id]["abstract"], set(), rng, 1):
                add(c["claim"], window, "neutral", "other_abstract")
        if not evidence_docs and hard_negatives:  # the abstracts it cites hold no evidence: their closest windows
            taken = {p["passage"] for p in pairs if p["group"] == group}
            closest = closest_windows(c["claim"], [corpus[str(d)]["abstract"] for d in c["cited_doc_ids"]])
            for window in [w for w in closest if w not in taken][:hard_negatives]:
                add(c["claim"], window, "neutral", "cited_no_evidence")
    return pairs, val


_WORD = re.compile(r"[a-z0-9]+")


def closest_windows(claim: str, abstracts: list[list[str]]) -> list[str]:
    """The two-sentence windows of ``abstracts`` (as the run-time windows hold them), most words
    shared with ``claim`` first: the passages a search finds for a claim they do not decide."""
    words = set(_WORD.findall(claim.lower()))
    found = []
    for sentences in abstracts:
        for i in range(max(1, len(sentences) - 1)):
            window = " ".join(s.strip() for s in sentences[i : i + 2])
            found.append((-len(words & set(_WORD.findall(window.lower()))), window))
    return [w for _, w in sorted(found, key=lambda f: f[0])]


def wice(shared: Path, rng: random.Random) -> tuple[list[dict], list[dict]]:
    rows = []
    for name in ("dev", "test"):
        rows += read_jsonl(shared / "wice" / "claim" / f"{name}.shared.jsonl")
    rows = [r for r in rows if r["label"] in ("supported", "not_supported", "partially_supported")]
    val_ids = split_val([r["meta"]["id"] for r in rows], [r["label"] for r in rows], rng)
    pairs, val = [], []
    for r in rows:
        sentences = [s for s in r["evidence"]]
        group = f"wice-{r['meta']['id']}"
        support_sets = [s for s in r["supporting_sentences"] if s]
        used = {i for s in support_sets for i in s}
        if r["meta"]["id"] in val_ids:
            if r["label"] == "partially_supported":
                continue  # no single verdict: part of the claim is supported, part is not addressed
            # the passages a search would give: windows around the supporting sentences, plus others
            chosen = sorted(used)[:6] if used else []
            picks = [" ".join(sentences[max(0, i - 1) : i + 2]) for i in chosen[:2]]
            picks += neutral_windows(sentences, used, rng, 5 - len(picks))
            val.append(
                {
                    "id": group,
                    "claim": r["claim"],
                    "verdict": "supported" if r["label"] == "supported" else "unverified",
                    "source": "wice",
                    "passages": [p for p in picks if p.strip()],
                }
            )
            continue
        if r["label"] == "supported":
            for idx in support_sets[:2]:
                if max(idx) >= len(sentences):
                    continue
                window = rationale_window(sentences, idx, rng)
                pairs.append(
                    {
                        "claim": r["claim"],
                        "passage": window,
                        "label": "supports",
                        "source": "wice",
                        "group": group,
                        "pattern": "rationale",
                    }
                )
                changed = perturb(r["claim"], rng, window)
                if changed:
                    pairs.append(
                        {
                            "claim": changed[0],
                            "passage": window,
                            "label": "contradicts",
                            "source": "wice",
                            "group": group,
                            "pattern": f"synthetic_{changed[1]}",
                        }
                    )
        if r["label"] in ("supported", "not_supported"):
            for window in neutral_windows(sentences, used, rng, 2):
                if window.strip():
                    pairs.append(
                        {
                            "claim": r["claim"],
                            "passage": window,
                            "label": "neutral",
                            "source": "wice",
                            "group": group,
                            "pattern": "unrelated_sentence",
                        }
                    )
    return pairs, val


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "datasets")
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write (default: the shipped data)")
    parser.add_argument(
        "--hard-negatives",
        type=int,
        default=0,
        help="neutral windows a SciFact claim without evidence gets from the abstracts it cites, closest first",
    )
    args = parser.parse_args()
    rng = random.Random(SEED)
    sci_pairs, sci_val = scifact(args.shared, rng, args.hard_negatives)
    wice_pairs, wice_val = wice(args.shared, rng)
    args.out.mkdir(parents=True, exist_ok=True)
    write_jsonl(args.out / "scifact_pairs.jsonl", sci_pairs)
    write_jsonl(args.out / "wice_pairs.jsonl", wice_pairs)
    write_jsonl(args.out / "claims_val.jsonl", sci_val + wice_val)
    for name, rows in (("scifact_pairs", sci_pairs), ("wice_pairs", wice_pairs)):
        counts = {lab: sum(r["label"] == lab for r in rows) for lab in ("supports", "contradicts", "neutral")}
        print(name, len(rows), counts)
    print(
        "claims_val",
        len(sci_val) + len(wice_val),
        {v: sum(r["verdict"] == v for r in sci_val + wice_val) for v in ("supported", "disputed", "unverified")},
    )


if __name__ == "__main__":
    main()
