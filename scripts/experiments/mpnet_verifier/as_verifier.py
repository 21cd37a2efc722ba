"""The pilot's stance model as a verifier folder the product loads (``WORKBENCH_VERIFIER_PATH``).

    .venv/bin/python scripts/experiments/mpnet_verifier/as_verifier.py PILOT_DIR BASE_DIR OUT_DIR

Writes ``weights.safetensors`` (every MPNet tensor but the embedding tables, float16: the frozen
layers as published, the top layers and the head as trained; about 170 MB, so not for the
repository) and ``verifier.json`` (the shipped card with this base and name, no aggregation).
Then ``workbench models calibrate-verifier --path OUT_DIR`` fits the aggregation on the same
validation claims as the shipped verifier's.
"""

from __future__ import annotations

import sys
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from transformers import AutoModelForSequenceClassification

from workbench.records import STANCES
from workbench.verifier.model import SHIPPED, WEIGHTS, read_card, save_card, save_weights


def main() -> None:
    pilot, base, out = (Path(a) for a in sys.argv[1:4])
    model = AutoModelForSequenceClassification.from_pretrained(str(base), num_labels=len(STANCES))
    top = torch.load(pilot / "top.pt")
    state = model.state_dict()
    for name, tensor in top.items():
        if name.startswith("encoder.layer."):
            state[f"mpnet.{name}"] = tensor
        elif name.startswith("head.1."):
            state[name.replace("head.1.", "classifier.dense.")] = tensor
        elif name.startswith("out."):
            state[name.replace("out.", "classifier.out_proj.")] = tensor
    model.load_state_dict(state)
    out.mkdir(parents=True, exist_ok=True)
    save_weights(model, out / WEIGHTS)
    card = read_card(SHIPPED)
    card.name, card.base, card.aggregation, card.version = "claim-verifier-mpnet-pilot", str(base), None, 1
    card.training = {"pilot": str(pilot), "recipe": "scripts/experiments/mpnet_verifier/train_top.py"}
    save_card(out, card)
    print(out)


if __name__ == "__main__":
    main()
