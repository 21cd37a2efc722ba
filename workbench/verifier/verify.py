"""Claim + retrieved passages -> a Suggestion from the trained verifier, in well under a second.

Every passage is cut into windows of whole sentences (nothing is truncated); the stance model
judges each (claim, window) pair; the aggregation turns the strongest windows into a calibrated
verdict. The windows that decided it are kept with their offsets, so the reviewer sees the
sentences, and their passages are the citations. The rationale is written from them without a
model; ``verifier=both`` has the LLM rephrase it (verdicts.py).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

from workbench.records import STANCES, Claim, Evidence, PassageJudgement, Provenance, Suggestion
from workbench.settings import Settings
from workbench.verifier.aggregate import FEATURES, NEUTRAL, claim_features, decide, deciding_rows, verdict_probabilities
from workbench.verifier.model import SHIPPED, StanceModel, VerifierError
from workbench.verifier.windows import Window, windows

__all__ = ["Verifier", "VerifierError", "load_verifier", "verifier_folder"]


def verifier_folder(settings: Settings) -> Path:
    return Path(settings.verifier_path).expanduser() if settings.verifier_path else SHIPPED


@lru_cache(maxsize=2)
def _load(folder: str, threads: int, runtime: str, graphs: str) -> Verifier:
    return Verifier(StanceModel(Path(folder), threads=threads, runtime=runtime, cache_dir=Path(graphs)))


def load_verifier(settings: Settings) -> Verifier:
    """The configured verifier, loaded once per process."""
    return _load(str(verifier_folder(settings)), settings.threads, settings.model_runtime, str(settings.onnx_dir))


class Verifier:
    def __init__(self, model: StanceModel):
        self.model = model
        self.card = model.card
        if self.card.aggregation is None:
            raise VerifierError(
                f"the verifier in {model.folder} has no fitted aggregation; "
                "retrain it with `workbench models train-verifier`"
            )
        agg = self.card.aggregation
        unknown = sorted(set(agg.features) - set(FEATURES))
        if unknown:
            raise VerifierError(
                f"the verifier in {model.folder} uses aggregation features this workbench does not know "
                f"({', '.join(unknown)}); calibrate it again with `workbench models calibrate-verifier`"
            )
        self._coef = np.array(agg.coef, dtype=np.float64)
        self._intercept = np.array(agg.intercept, dtype=np.float64)

    @property
    def label(self) -> str:
        return self.model.label

    @property
    def provenance(self) -> Provenance:
        return Provenance(
            model=self.label, prompt="verifier", prompt_version=self.card.version, prompt_hash=self.model.sha256[:12]
        )

    def windows(self, evidence: list[Evidence]) -> list[tuple[Evidence, Window]]:
        return [(e, w) for e in evidence for w in windows(e.text, self.card.window_sentences, self.card.window_stride)]

    def stances(self, claim: str, evidence: list[Evidence]) -> tuple[list[tuple[Evidence, Window]], np.ndarray]:
        items = self.windows(evidence)
        return items, self.model.predict([(claim, w.text) for _, w in items])

    def judge(self, claim: Claim, evidence: list[Evidence]) -> Suggestion:
        if not evidence:
            return Suggestion.no_evidence(claim.id, self.provenance)
        items, probs = self.stances(claim.text, evidence)
        agg = self.card.aggregation
        assert agg is not None
        texts = [w.text for _, w in items]
        features = claim_features(probs, claim.text, texts, agg.features)
        probabilities = verdict_probabilities(features, self._coef, self._intercept, agg.labels)
        label, confidence, flags = decide(probabilities, agg.low_confidence)
        deciding = []
        for row, stance in deciding_rows(probs, label, claim.text, texts):
            passage, window = items[row]
            deciding.append(
                PassageJudgement(
                    chunk_id=passage.chunk_id,
                    start=window.start,
                    end=window.end,
                    stance=STANCES[stance],  # type: ignore[arg-type]
                    probs={s: round(float(p), 4) for s, p in zip(STANCES, probs[row])},
                )
            )
        cited = list(dict.fromkeys(j.chunk_id for j in deciding))
        return Suggestion(
            claim_id=claim.id,
            label=label,
            rationale=rationale(label, deciding, evidence, probs, items),  # type: ignore[arg-type]
            cited=cited,
            confidence=round(confidence, 4),
            probabilities={k: round(v, 4) for k, v in probabilities.items()},
            flags=flags,
            provenance=self.provenance,
            deciding=deciding,
        )


def _quote(text: str, limit: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def rationale(
    label: str, deciding: list[PassageJudgement], evidence: list[Evidence], probs: np.ndarray, items: list
) -> str:
    """A rationale from the deciding sentences, in the reviewer's P1..Pn numbering."""
    number = {e.chunk_id: n for n, e in enumerate(evidence, start=1)}
    by_id = {e.chunk_id: e for e in evidence}

    def cite(j: PassageJudgement) -> str:
        e = by_id[j.chunk_id]
        source = ", ".join(x for x in (e.outlet or e.title, e.date) if x)
        return f"P{number[j.chunk_id]} ({source}): “{_quote(e.text[j.start : j.end])}”"

    if label == "supported":
        return "Supported by " + "; ".join(cite(j) for j in deciding[:2])
    if label == "disputed" and any(j.stance == "supports" for j in deciding):
        denials = [j for j in deciding if j.stance == "contradicts"]
        asserted = next(j for j in deciding if j.stance == "supports")
        return (
            f"Asserted but denied: {cite(asserted)} relays the assertion; "
            + "; ".join(cite(j) for j in denials[:2])
            + " reports a denial."
        )
    if label == "disputed":
        return "Contradicted by " + "; ".join(cite(j) for j in deciding[:2])
    if deciding:
        return "The passages disagree: " + cite(deciding[0]) + " supports it, " + cite(deciding[1]) + " contradicts it."
    addressed = int((probs[:, NEUTRAL] < 0.5).sum()) if len(probs) else 0
    return f"None of the {len(evidence)} passages clearly supports or contradicts the claim" + (
        f" ({addressed} of {len(items)} windows touch on it without deciding it)." if addressed else "."
    )
