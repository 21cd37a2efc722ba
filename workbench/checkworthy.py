"""Check-worthiness of sentences without an LLM: logistic regression on sentence embeddings.

Measured on ClaimBuster (STACK.md): ROC AUC 0.92, at about 180 sentences/s, so it can decide
cheaply which sentences deserve an LLM call. The weights are trained on the user's copy of a
labelled set (``workbench models train-checkworthy --data FILE``) and saved as plain arrays;
the training data is not shipped with the workbench (its license is unconfirmed).

The saved model is fit on 80% of the data only; the other 20% (``held_out``) stays unseen, so the
check-worthiness eval suite can measure it honestly on the same file.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
from pydantic import BaseModel

from workbench.index.embedder import Embedder

FILENAME = "checkworthy-v2.npz"  # v2: fit on the 80% split, with the data hash and seed
SHIPPED = Path(__file__).resolve().parent / "weights" / FILENAME  # trained on ClaimBuster; see weights/README.md


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
    def __init__(self, weights: np.ndarray, bias: float, embed_model: str, data_sha256: str = "", seed: int = 0):
        self.weights = weights
        self.bias = bias
        self.embed_model = embed_model
        self.data_sha256 = data_sha256
        self.seed = seed

    def score(self, embedder: Embedder, sentences: list[str]) -> list[float]:
        """Probability that each sentence is a check-worthy factual claim."""
        if not sentences:
            return []
        vectors = embedder.embed(sentences)
        logits = vectors @ self.weights + self.bias
        return [float(p) for p in 1.0 / (1.0 + np.exp(-logits))]

    @classmethod
    def load(cls, models_dir: Path) -> CheckWorthinessModel | None:
        """The user's classifier in ``models_dir`` if there is one, else the one shipped with the workbench."""
        path = location(models_dir)
        if path is None:
            return None
        with np.load(path) as data:
            return cls(
                data["weights"],
                float(data["bias"]),
                str(data["embed_model"]),
                str(data["data_sha256"]),
                int(data["seed"]),
            )


def location(models_dir: Path) -> Path | None:
    """Where the classifier in use lives: the models folder first, then the shipped weights."""
    return next((p for p in (Path(models_dir) / FILENAME, SHIPPED) if p.exists()), None)


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


def held_out(labels: list[int], seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Row indices of the 80% training split and the 20% held-out split (stratified, seeded)."""
    from sklearn.model_selection import train_test_split

    train_rows, test_rows = train_test_split(np.arange(len(labels)), test_size=0.2, random_state=seed, stratify=labels)
    return np.sort(train_rows), np.sort(test_rows)


def train(data: Path, embedder: Embedder, models_dir: Path, seed: int = 0) -> TrainingReport:
    """Fit on 80% of ``data``, report AUC and F1 on the held-out 20%, and save the model."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score, roc_auc_score

    texts, labels = read_labelled(data)
    x = embedder.embed(texts)
    y = np.array(labels)
    train_rows, test_rows = held_out(labels, seed)
    model = LogisticRegression(class_weight="balanced", max_iter=2000).fit(x[train_rows], y[train_rows])
    auc = float(roc_auc_score(y[test_rows], model.predict_proba(x[test_rows])[:, 1]))
    f1 = float(f1_score(y[test_rows], model.predict(x[test_rows])))
    models_dir.mkdir(parents=True, exist_ok=True)
    target = models_dir / FILENAME
    sha = hashlib.sha256(Path(data).read_bytes()).hexdigest()
    np.savez(
        target,
        weights=model.coef_[0].astype(np.float32),
        bias=np.float32(model.intercept_[0]),
        embed_model=np.str_(embedder.name),
        data_sha256=np.str_(sha),
        seed=np.int64(seed),
    )
    return TrainingReport(
        path=str(target),
        sentences=len(texts),
        positives=int(y.sum()),
        heldout_auc=round(auc, 4),
        heldout_f1=round(f1, 4),
        data_sha256=sha,
        embed_model=embedder.name,
    )
