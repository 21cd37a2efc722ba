"""Check-worthiness of sentences without an LLM: logistic regression on sentence embeddings.

Measured on ClaimBuster (STACK.md): ROC AUC 0.92, at about 180 sentences/s, so it can decide
cheaply which sentences deserve an LLM call. The weights are trained on the user's copy of a
labelled set (``workbench models train-checkworthy --data FILE``) and saved as plain arrays;
the training data is not shipped with the workbench (its license is unconfirmed).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
from pydantic import BaseModel

from workbench.index.embedder import Embedder

FILENAME = "checkworthy.npz"


class CheckWorthinessError(RuntimeError):
    pass


class TrainingReport(BaseModel):
    path: str
    sentences: int
    positives: int
    heldout_auc: float
    heldout_f1: float
    data_sha256: str
    embed_model: str


class CheckWorthinessModel:
    def __init__(self, weights: np.ndarray, bias: float, embed_model: str):
        self.weights = weights
        self.bias = bias
        self.embed_model = embed_model

    def score(self, embedder: Embedder, sentences: list[str]) -> list[float]:
        """Probability that each sentence is a check-worthy factual claim."""
        if not sentences:
            return []
        vectors = embedder.embed(sentences)
        logits = vectors @ self.weights + self.bias
        return [float(p) for p in 1.0 / (1.0 + np.exp(-logits))]

    @classmethod
    def load(cls, models_dir: Path) -> "CheckWorthinessModel | None":
        path = Path(models_dir) / FILENAME
        if not path.exists():
            return None
        with np.load(path) as data:
            return cls(data["weights"], float(data["bias"]), str(data["embed_model"]))


def read_labelled(path: Path) -> tuple[list[str], list[int]]:
    """ClaimBuster JSON (a list of {text, label}) or JSONL with text and label (or check_worthy)."""
    raw = Path(path).read_text(encoding="utf-8")
    try:
        rows = json.loads(raw)
    except json.JSONDecodeError:
        rows = [json.loads(line) for line in raw.splitlines() if line.strip()]
    texts, labels = [], []
    for row in rows:
        label = row.get("label", row.get("check_worthy"))
        if row.get("text") and label is not None:
            texts.append(str(row["text"]))
            labels.append(int(bool(label)))
    if len(set(labels)) < 2:
        raise CheckWorthinessError(f"{path}: needs sentences labelled both 0 and 1 (text + label)")
    return texts, labels


def train(data: Path, embedder: Embedder, models_dir: Path, seed: int = 0) -> TrainingReport:
    """Fit on 80% of ``data``, report AUC and F1 on the other 20%, then refit on all and save."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score, roc_auc_score
    from sklearn.model_selection import train_test_split

    texts, labels = read_labelled(data)
    x = embedder.embed(texts)
    y = np.array(labels)
    x_train, x_test, y_train, y_test = train_test_split(x, y, test_size=0.2, random_state=seed, stratify=y)
    model = LogisticRegression(class_weight="balanced", max_iter=2000).fit(x_train, y_train)
    auc = float(roc_auc_score(y_test, model.predict_proba(x_test)[:, 1]))
    f1 = float(f1_score(y_test, model.predict(x_test)))
    model = LogisticRegression(class_weight="balanced", max_iter=2000).fit(x, y)
    models_dir.mkdir(parents=True, exist_ok=True)
    target = models_dir / FILENAME
    np.savez(target, weights=model.coef_[0].astype(np.float32), bias=np.float32(model.intercept_[0]), embed_model=np.str_(embedder.name))
    return TrainingReport(
        path=str(target),
        sentences=len(texts),
        positives=int(y.sum()),
        heldout_auc=round(auc, 4),
        heldout_f1=round(f1, 4),
        data_sha256=hashlib.sha256(Path(data).read_bytes()).hexdigest(),
        embed_model=embedder.name,
    )
