"""Evaluation suites as data: the schema of ``evals/suites/*.yaml`` and how datasets are read.

A suite names a dataset, the stages under test, the prompt versions, the model(s), the metrics,
their thresholds and the number of repeats. Paths in a suite are relative to the project root
(the folder that holds ``evals/``), so ``../shared/...`` reaches a dataset kept beside the
project and never copied into it.

Dataset rows are JSON objects. One row format serves every claim-level stage:

    {"id": "c01", "claim": "...", "verdict": "supported|disputed|unverified|null",
     "check_worthy": true, "article_span": "exact text of the article", "evidence": ["doc key", ...]}

Retrieval reads ``claim`` (or ``query``) and ``evidence``; verdict reads ``claim`` and ``verdict``;
extraction and check-worthiness read ``article_span`` and ``check_worthy`` against the suite's
``article``; sentence-level check-worthiness reads ``text`` and ``label`` (or ``check_worthy``);
chat reads ``question``, ``answer_points`` and ``sources``. A document key is a document's URL
or the stem of its file name (``corpus/sample/sources/01-interfax.md`` -> ``01-interfax``).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from workbench.records import EvalStage
from workbench.settings import Settings

PACKAGE_ROOT = Path(__file__).resolve().parents[2]

# Metrics each stage reports; a suite may name a subset. Higher is better except metrics.LOWER_IS_BETTER (verdict.ece).
STAGE_METRICS: dict[str, tuple[str, ...]] = {
    "retrieval": ("ndcg@10", "recall@k", "mrr"),
    "extraction": ("precision", "recall", "f1", "span_accuracy", "recall_reported", "recall_fact"),
    "checkworthiness": ("auc", "p@k"),
    "verdict": ("accuracy", "macro_f1", "evidence_hit", "ece", "confident_half_accuracy", "confident_half_gain"),
    "chat": ("citation_precision", "citation_recall", "answer_coverage"),
}
LLM_STAGES = frozenset({"extraction", "verdict", "chat"})
PROMPT_OF_STAGE = {"extraction": "extract_claims", "verdict": "suggest_verdict", "chat": "chat_answer"}


class SuiteError(ValueError):
    pass


class Price(BaseModel):
    """Dollars per million tokens, to estimate what a run costs on a hosted model."""

    input: float = 0.0
    output: float = 0.0


class Suite(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    description: str = ""
    stages: list[EvalStage] = Field(min_length=1)
    dataset: str | dict[str, str] = Field(
        description="JSONL (or JSON list) of gold rows, relative to the project root; or one per stage (stage -> path)."
    )
    article: str | None = Field(default=None, description="The article that extraction and check-worthiness read.")
    corpus: list[str] | None = Field(
        default=None,
        description="Evidence documents the suite ingests into its own index. None: use the workbench's own corpus.",
    )
    models: list[str] = Field(default_factory=lambda: ["default"], description="'default' is WORKBENCH_LLM.")
    prompts: dict[str, int] = Field(
        default_factory=dict, description="Prompt name -> version; unnamed ones use the highest."
    )
    metrics: list[str] | None = Field(default=None, description="'stage.metric' names to report; default all.")
    thresholds: dict[str, float] = Field(
        default_factory=dict,
        description="'stage.metric' -> lowest acceptable value "
        "(highest for a lower-is-better metric such as verdict.ece).",
    )
    repeats: int = Field(default=1, ge=1)
    limit: int | None = Field(default=None, ge=1, description="Use only the first N rows (quick looks).")
    split: str | None = Field(
        default=None, description="'held_out': only the 20% of a labelled set the classifier was not trained on."
    )
    recall_at: list[int] = Field(default_factory=lambda: [5, 10, 100])
    precision_at: list[int] = Field(default_factory=lambda: [5, 10])
    coverage_similarity: float = Field(
        default=0.6, description="Cosine at which an answer sentence covers an expected point."
    )
    settings: dict[str, Any] = Field(
        default_factory=dict, description="Workbench settings for this suite (evidence_k, ...)."
    )
    price: Price = Field(default_factory=Price)
    path: str = ""
    hash: str = ""

    @field_validator("stages", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value

    @model_validator(mode="after")
    def _consistent(self) -> Suite:
        for key in [*self.thresholds, *(self.metrics or [])]:
            stage, _, metric = key.partition(".")
            if stage not in self.stages:
                raise ValueError(f"'{key}': stage '{stage}' is not among the suite's stages {self.stages}")
            if metric not in metric_names(self, stage):
                raise ValueError(f"'{key}': stage '{stage}' reports {list(metric_names(self, stage))}")
        if "extraction" in self.stages and not self.article:
            raise ValueError("the extraction stage needs `article:`")
        if isinstance(self.dataset, dict) and set(self.stages) - set(self.dataset):
            raise ValueError(f"no dataset for stage(s) {sorted(set(self.stages) - set(self.dataset))}")
        unknown = set(self.settings) - set(Settings.model_fields)
        if unknown:
            raise ValueError(f"unknown settings {sorted(unknown)}")
        return self

    @property
    def uses_llm(self) -> bool:
        return bool(LLM_STAGES & set(self.stages))

    def needs_llm(self, verifier: str) -> bool:
        """Whether a run asks the chat model: the verdict stage does only when the LLM judges or explains."""
        stages = set(self.stages) & LLM_STAGES
        if verifier == "trained":
            stages.discard("verdict")
        return bool(stages)

    def dataset_of(self, stage: str) -> str:
        return self.dataset[stage] if isinstance(self.dataset, dict) else self.dataset

    def prompt_refs(self, overrides: dict[str, int] | None = None) -> dict[str, str]:
        """Prompt name -> 'name@version' (or bare name for the highest) for the stages under test."""
        versions = self.prompts | (overrides or {})
        refs = {}
        for stage in self.stages:
            name = PROMPT_OF_STAGE.get(stage)
            if name:
                refs[name] = f"{name}@{versions[name]}" if name in versions else name
        return refs


def metric_names(suite: Suite, stage: str) -> tuple[str, ...]:
    """The concrete metric names of a stage, with ``@k`` expanded from the suite."""
    names: list[str] = []
    for metric in STAGE_METRICS[stage]:
        if metric == "recall@k":
            names += [f"recall@{k}" for k in suite.recall_at]
        elif metric == "p@k":
            names += [f"p@{k}" for k in suite.precision_at]
        else:
            names.append(metric)
    return tuple(names)


def evals_dir(settings: Settings) -> Path:
    """Where suites, datasets and runs live: WORKBENCH_EVALS_DIR, else ./evals, else the project's."""
    if settings.evals_dir is not None:
        return settings.evals_dir
    here = Path.cwd() / "evals"
    return here if (here / "suites").is_dir() else PACKAGE_ROOT / "evals"


def project_root(settings: Settings) -> Path:
    return Path(os.path.abspath(evals_dir(settings))).parent


def resolve(settings: Settings, relative: str) -> Path:
    path = Path(relative).expanduser()
    return path if path.is_absolute() else project_root(settings) / path


def list_suites(settings: Settings, problems: list[str] | None = None) -> list[Suite]:
    """The readable suites; the reason each unreadable one was skipped goes to ``problems``."""
    suites = []
    for path in sorted((evals_dir(settings) / "suites").glob("*.yaml")):
        try:
            suites.append(read_suite(path))
        except SuiteError as exc:
            if problems is not None:
                problems.append(str(exc))
    return suites


def load_suite(name_or_path: str, settings: Settings) -> Suite:
    """A suite by name (``evals/suites/NAME.yaml``) or by path."""
    path = Path(name_or_path)
    if path.suffix not in (".yaml", ".yml"):
        path = evals_dir(settings) / "suites" / f"{name_or_path}.yaml"
    if not path.is_file():
        known = ", ".join(s.name for s in list_suites(settings)) or "none"
        raise SuiteError(f"no suite '{name_or_path}' ({path} does not exist); suites: {known}")
    return read_suite(path)


def read_suite(path: Path) -> Suite:
    raw = path.read_bytes()
    try:
        data = yaml.safe_load(raw)
        if not isinstance(data, dict):
            raise SuiteError(f"{path}: a suite is a YAML mapping")
        return Suite.model_validate(data | {"path": str(path), "hash": hashlib.sha256(raw).hexdigest()[:16]})
    except yaml.YAMLError as exc:
        raise SuiteError(f"{path}: not valid YAML: {exc}") from exc
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'suite'}: {e['msg']}" for e in exc.errors())
        raise SuiteError(f"{path}: {problems}") from exc


def read_rows(path: Path) -> list[dict[str, Any]]:
    """Dataset rows from JSONL or a JSON list, with a clear error naming the file and line."""
    if not path.is_file():
        raise SuiteError(f"dataset {path} does not exist")
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        try:
            rows = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SuiteError(f"{path}: not valid JSON: {exc}") from exc
        if not isinstance(rows, list):
            raise SuiteError(f"{path}: expected a JSON list of rows")
        return rows
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise SuiteError(f"{path}:{number}: not valid JSON: {exc.msg}") from exc
    return rows


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
