"""The ONNX adapter: small encoders exported once to ONNX graphs and run by ONNX Runtime.

The embedding model, the verifier and the claim-pair model are MiniLM encoders. ONNX Runtime runs
them about twice as fast as torch on 2 cores, with the same outputs to 1e-5. Each model's graph is
exported once per weights into a cache folder (``MODELS_DIR/onnx``; named by its kind and the
weights' SHA-256), in a child process: tracing and fusing takes some 300 MB for a moment, which a
process already holding the local LLM should not pay. Attention is traced eagerly so that ONNX
Runtime's BERT optimizer fuses each layer's attention into one operator (faster, and its
intermediate tensors take less memory than the traced ones). Graphs unused for ``STALE_DAYS`` go
when a new one is exported. When an export or a graph fails, the caller runs torch, with a warning.

torch.onnx, onnx and onnxruntime are imported here only; what to export (the torch module and a
sample input) is the model adapters' business (``workbench.verifier.model``,
``workbench.index.embedder``).
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import subprocess
import sys
import time
import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path

logger = logging.getLogger(__name__)

#: Bump when the exported graphs change, so cached graphs of the old recipe are not used.
RECIPE = 1
#: Where graphs go when the caller names no cache (the workbench passes MODELS_DIR/onnx).
DEFAULT_CACHE = Path.home() / ".cache" / "claim-workbench" / "models" / "onnx"
#: The encoder inputs a graph takes, in this order (BERT's; a tokenizer without token types gives two).
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
EXPORT_TIMEOUT_S = 300
#: Graphs not used for this many days are deleted when a new one is exported.
STALE_DAYS = 30


def file_sha256(path: Path) -> str:
    """SHA-256 of a weights file (what names its graph), read once per process while the file stays the same."""
    stat = Path(path).stat()
    return _sha256(str(path), stat.st_size, stat.st_mtime_ns)


@functools.lru_cache(maxsize=16)
def _sha256(path: str, size: int, mtime_ns: int) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as weights:
        for block in iter(lambda: weights.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def graph_file(cache_dir: Path, kind: str, sha256: str) -> Path:
    """Where the graph of a ``kind`` of model ("cross-encoder", "sentence-encoder") with these weights is kept."""
    return Path(cache_dir) / f"{kind}-{sha256[:16]}-r{RECIPE}.onnx"


def cached_graph(source: Path, cache_dir: Path, what: str, kind: str, sha256: str, exporter: str) -> Path | None:
    """The graph of the model in ``source``, exported into ``cache_dir`` first if it is not there.

    ``exporter`` ("package.module:function") is called in a child process as ``function(source, out)``
    and writes the graph to ``out`` (``write_graph``). None, with a warning, when that fails.
    """
    path = graph_file(cache_dir, kind, sha256)
    if path.exists():
        path.touch()  # in use: not stale
        return path
    logger.info("exporting the %s to ONNX once: %s", what, path)
    module, function = exporter.split(":")
    code = f"import sys; from {module} import {function}; {function}(*sys.argv[1:])"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            [sys.executable, "-c", code, str(source), str(path)],
            check=False,
            capture_output=True,
            text=True,
            timeout=EXPORT_TIMEOUT_S,
            env={**os.environ, "HF_HUB_OFFLINE": "1"},
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        reason = f"{exc.__class__.__name__}: {exc}"
    else:
        if done.returncode == 0 and path.exists():
            _prune_stale(path.parent)
            return path
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        reason = lines[-1] if lines else f"exit status {done.returncode}"
    logger.warning("the %s runs on torch: its ONNX export failed (%s)", what, reason[:300])
    return None


def _prune_stale(cache_dir: Path) -> None:
    """Delete graphs unused for ``STALE_DAYS`` (each retraining makes a 90 MB graph of its own)."""
    cutoff = time.time() - STALE_DAYS * 86400
    for old in cache_dir.glob("*-r*.onnx"):
        if old.stat().st_mtime < cutoff:
            old.unlink(missing_ok=True)


def write_graph(
    hf_model: object,
    sample: Mapping[str, object],
    output: str,
    output_axes: dict[int, str],
    out: str | Path,
) -> None:
    """Trace ``hf_model`` (a transformers BERT-like model) on ``sample`` (tokenizer output, torch tensors) into the
    graph ``out``, its output ``output`` ("logits", "last_hidden_state") with ``output_axes`` dynamic; attention
    fused by ONNX Runtime's BERT optimizer. Written under a temporary name and renamed, so no reader sees half a
    file."""
    import torch
    from onnxruntime.transformers import optimizer

    hf_model.set_attn_implementation("eager")  # type: ignore[attr-defined]
    names = [n for n in INPUTS if n in sample]

    class Positional(torch.nn.Module):  # positional inputs in, one output out: what the exporter traces
        def __init__(self) -> None:
            super().__init__()
            self.model = hf_model

        def forward(self, *inputs):
            return getattr(self.model(**dict(zip(names, inputs, strict=True))), output)

    target = Path(out)
    traced = target.with_name(f".{target.name}.{os.getpid()}.traced")
    fused = target.with_name(f".{target.name}.{os.getpid()}.fused")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the tracer's notes on the attention mask's Python branches
            torch.onnx.export(
                Positional(),
                tuple(sample[n] for n in names),
                str(traced),
                input_names=names,
                output_names=[output],
                dynamic_axes={**{n: {0: "batch", 1: "tokens"} for n in names}, output: output_axes},
                opset_version=17,
                dynamo=False,
            )
        config = hf_model.config  # type: ignore[attr-defined]
        optimizer.optimize_model(
            str(traced),
            model_type="bert",
            num_heads=config.num_attention_heads,
            hidden_size=config.hidden_size,
            opt_level=1,
            use_gpu=False,
        ).save_model_to_file(str(fused))
        os.replace(fused, target)
    finally:
        traced.unlink(missing_ok=True)
        fused.unlink(missing_ok=True)


def open_session(graph: Path, threads: int | None, what: str) -> object | None:
    """ONNX Runtime on ``graph``; None, the graph deleted and a warning, when it cannot be read (a file cut short
    by a full disk, say): the caller runs torch now, and the next load exports the graph again."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads or 0
    options.inter_op_num_threads = 1
    try:
        return onnxruntime.InferenceSession(str(graph), options, providers=["CPUExecutionProvider"])
    except Exception as exc:  # noqa: BLE001 - onnxruntime raises its own classes for a bad file
        logger.warning(
            "the %s runs on torch: its ONNX graph %s is unusable (%s), deleted; the next load exports it again",
            what,
            graph,
            str(exc)[:200],
        )
        graph.unlink(missing_ok=True)
        return None


def run(session: object, encoded: Mapping[str, Sequence]) -> object:
    """The session's one output for tokenizer output ``encoded`` (numpy arrays)."""
    import numpy as np

    feed = {i.name: np.asarray(encoded[i.name], dtype=np.int64) for i in session.get_inputs()}  # type: ignore[attr-defined]
    return session.run(None, feed)[0]  # type: ignore[attr-defined]


def runtime_note(runtime: str, graph: Path) -> str:
    """What a model whose graph would be ``graph`` runs on, without loading it (for ``workbench status``)."""
    if runtime != "onnx":
        return "torch (WORKBENCH_MODEL_RUNTIME=torch)"
    try:
        import onnx  # noqa: F401  (the exporter needs it)
        import onnxruntime
    except ImportError as exc:
        return f"torch (ONNX Runtime unusable: {exc}; pip install onnx onnxruntime)"
    where = (
        f"graph {graph}" if graph.exists() else "graph not exported yet: `workbench models prepare`, or the first use"
    )
    return f"ONNX Runtime {onnxruntime.__version__} ({where})"
