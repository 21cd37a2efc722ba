"""Prompt-lookup decoding (llama-cpp-python's LlamaPromptLookupDecoding) against plain decoding, on the
extraction prompts of an article: seconds, identical answers, peak RSS. Measured 2026-12-01, not used
(README here).

    .venv/bin/python scripts/experiments/prompt_lookup/compare.py [ARTICLE] [--draft 2,4,8]

Each prompt goes to every variant in turn (the order reversed every other prompt), each variant its
own loaded model (speculative decoding needs ``logits_all``, fixed at load). Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from llama_cpp import Llama
from llama_cpp.llama_speculative import LlamaPromptLookupDecoding

from workbench.checkworthy import CheckWorthinessModel
from workbench.claims import extract_claims
from workbench.claims.extraction import ExtractedClaims
from workbench.corpus.loaders import load_path
from workbench.index.embedder import get_embedder
from workbench.llm import local
from workbench.llm.pull import resolve_local_model
from workbench.prompts import load_prompt
from workbench.records import LLMCall
from workbench.settings import Settings


class Recorder:
    """Stands in for the LLM in ``extract_claims`` and keeps the messages it would have sent."""

    serial = True
    label = "recorder"

    def __init__(self) -> None:
        self.messages: list = []

    def ask(self, prompt, schema, item="", **inputs):
        self.messages.append(prompt.render(**inputs))
        return None, LLMCall(provenance=prompt.provenance(self.label), item=item, attempts=1, error="recorded")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("article", nargs="?", type=Path, default=ROOT / "corpus" / "sample" / "article.txt")
    parser.add_argument("--draft", default="2,4,8", help="num_pred_tokens of each prompt-lookup variant")
    args = parser.parse_args()
    settings = Settings()
    article = load_path(args.article, settings, kind="article")[0]
    embedder = get_embedder(settings)
    classifier = CheckWorthinessModel.load(settings.models_dir)
    recorder = Recorder()
    extract_claims(
        article,
        recorder,
        load_prompt("extract_claims"),
        scorer=lambda texts: classifier.score(embedder, texts),
        threshold=settings.checkworthy_threshold,
    )
    path = str(resolve_local_model(settings))  # the default local model, as a check uses
    schema = ExtractedClaims.model_json_schema()

    def load(draft):
        with local.without_amx_buffers():
            return Llama(
                model_path=path,
                n_ctx=4096,
                n_threads=2,
                n_threads_batch=2,
                use_mmap=False,
                verbose=False,
                draft_model=draft,
            )

    variants = {"plain": load(None)}
    for k in (int(x) for x in args.draft.split(",")):
        variants[f"lookup{k}"] = load(LlamaPromptLookupDecoding(max_ngram_size=2, num_pred_tokens=k))
    seconds = dict.fromkeys(variants, 0.0)
    identical = dict.fromkeys(variants, 0)
    errors: dict[str, str] = {}
    done = 0
    for n, messages in enumerate(recorder.messages):
        sent = [local._to_openai(m) for m in messages]
        answers = {}
        order = list(variants) if n % 2 == 0 else list(reversed(variants))
        try:
            for name in order:
                started = time.perf_counter()
                reply = variants[name].create_chat_completion(
                    messages=sent,
                    response_format={"type": "json_object", "schema": schema},
                    temperature=0.0,
                    seed=0,
                    max_tokens=512,
                )
                seconds[name] += time.perf_counter() - started
                answers[name] = reply["choices"][0]["message"]["content"]
        except Exception as exc:  # noqa: BLE001 - the finding is that a variant fails
            errors[name] = f"prompt {n}: {type(exc).__name__}: {exc}"
            break
        done += 1
        for name in variants:
            identical[name] += answers[name] == answers["plain"]
        print(n, {k: round(v, 1) for k, v in seconds.items()}, file=sys.stderr, flush=True)
    print(
        json.dumps(
            {
                "prompts": len(recorder.messages),
                "completed": done,
                "seconds": {k: round(v, 1) for k, v in seconds.items()},
                "speedup": {k: round(seconds["plain"] / v, 3) for k, v in seconds.items() if v},
                "identical_answers": identical,
                "errors": errors,
                "peak_rss_gb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6, 2),
            }
        )
    )


if __name__ == "__main__":
    main()
