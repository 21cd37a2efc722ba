"""Every knob of the workbench, documented once.

Each field can be set from the environment with the prefix ``WORKBENCH_`` (for example
``WORKBENCH_HOME=/data/wb``) or from a ``.env`` file in the working directory. The core
receives a ``Settings`` object and never reads the environment itself.
"""

from __future__ import annotations

import os
import shlex
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PACKAGED_EMBED_MODEL = "packaged:all-MiniLM-L6-v2"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="WORKBENCH_", env_file=".env", extra="ignore")

    home: Path = Field(
        default=Path(".workbench"),
        description="Data directory: Chroma files, BM25 index, SQLite database, LLM cache.",
    )

    # Corpus
    max_file_mb: float = Field(default=20.0, gt=0, description="Files larger than this are refused at ingest.")
    http_timeout: float = Field(default=20.0, gt=0, description="Seconds to wait for a URL at ingest.")
    chunk_tokens: int = Field(
        default=200, ge=1, description="Target chunk size in cl100k tokens (MiniLM reads 256 word pieces)."
    )
    chunk_overlap: int = Field(default=40, ge=0, description="Tokens shared by neighbouring chunks.")

    # Embedding
    embed_model: str = Field(
        default=PACKAGED_EMBED_MODEL,
        description="Sentence-transformers model: 'packaged:all-MiniLM-L6-v2' (shipped on PyPI, offline), "
        "a local folder, or a hub name such as 'BAAI/bge-small-en-v1.5' (downloads once, needs a network).",
    )
    embed_batch_size: int = Field(default=32, ge=1, description="Texts per forward pass of the embedding model.")
    ingest_batch: int = Field(
        default=512, ge=1, description="Chunks embedded and written to the stores together at ingest."
    )
    threads: int = Field(default=os.cpu_count() or 1, ge=1, description="CPU threads for the embedding model.")

    # Vector store
    chroma_url: str | None = Field(
        default=None,
        description="URL of a `chroma run` server (e.g. http://localhost:8000); unset means on-disk Chroma in HOME.",
    )
    collection: str = Field(default="workbench", description="Chroma collection name.")

    # Search
    search_k: int = Field(default=8, ge=1, description="Passages returned by a search.")
    search_depth: int = Field(default=50, ge=1, description="Candidates taken from each retriever before fusion.")
    rrf_k: int = Field(default=60, ge=0, description="Reciprocal rank fusion constant.")
    dense_weight: float = Field(default=1.0, gt=0, description="Weight of the dense list in fusion.")
    lexical_weight: float = Field(default=1.0, gt=0, description="Weight of the BM25 list in fusion.")

    # Reviews, claims, runs
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL, e.g. postgresql+psycopg://user@host/db; unset means SQLite in HOME.",
    )

    auth: str | None = Field(
        default=None,
        description="Logins for `workbench serve`, 'user:password[,user2:password2]'; required to bind other than "
        "localhost.",
    )

    # LLM
    llm: str = Field(
        default="local",
        description="Chat model: 'local' (llama.cpp, the local model below), 'local:qwen2.5-0.5b', 'mock' (fixed "
        "rules, no model), or any "
        "LangChain 'provider:model' such as 'openai:gpt-4o-mini', 'anthropic:claude-sonnet-4-5', 'ollama:qwen2.5:7b'.",
    )
    llm_base_url: str | None = Field(
        default=None,
        description="Base URL of an OpenAI-compatible server (vLLM, llama.cpp server, LM Studio); use with "
        "llm=openai:MODEL.",
    )
    llm_api_key: str | None = Field(
        default=None, description="API key for the provider (else the provider's own variable, e.g. OPENAI_API_KEY)."
    )
    local_model: str | None = Field(
        default=None, description="Path to a GGUF file for llm=local; overrides the catalogue."
    )
    local_model_name: str = Field(
        default="qwen2.5-1.5b", description="Catalogue model for llm=local: qwen2.5-1.5b (default) or qwen2.5-0.5b."
    )
    models_dir: Path = Field(
        default=Path.home() / ".cache" / "claim-workbench" / "models",
        description="Where `workbench models pull` puts local models and the check-worthiness classifier.",
    )
    allow_hub_download: bool = Field(
        default=False,
        description="Let llm=local download its pinned GGUF from the Hugging Face hub when missing (needs a network).",
    )
    llm_timeout: float = Field(
        default=120.0, ge=0, description="Seconds to wait for one LLM answer before retrying (0: no limit)."
    )
    llm_attempts: int = Field(
        default=3, ge=1, description="Attempts per LLM call (malformed or slow answers are retried with the error)."
    )
    llm_max_tokens: int = Field(default=512, ge=1, description="Most tokens an answer may have.")
    llm_context: int = Field(default=4096, ge=1, description="Context window for the local model.")
    llm_threads: int = Field(default=os.cpu_count() or 1, ge=1, description="CPU threads for the local model.")
    llm_temperature: float = Field(default=0.0, ge=0, description="Sampling temperature (0 is repeatable).")
    llm_seed: int = Field(default=0, description="Sampling seed, recorded with every run.")
    llm_concurrency: int = Field(
        default=1,
        ge=1,
        description="LLM calls in flight at once, for the sentences of an extraction and the LLM verdicts of a check "
        "(raise it for hosted APIs or a server with parallel slots; the in-process local model always runs one).",
    )
    llm_max_retries: int = Field(
        default=2,
        ge=0,
        description="HTTP retries by the provider's client (openai, anthropic) on 429, 5xx and dropped connections, "
        "with exponential back-off that honours Retry-After; within each of the WORKBENCH_LLM_ATTEMPTS.",
    )
    llm_structured: Literal["auto", "json_schema", "json_mode", "function_calling"] = Field(
        default="auto",
        description="How structured answers are asked for: 'json_schema' (response_format with the schema), "
        "'json_mode' (a JSON object, the schema in the prompt), 'function_calling' (a forced tool call), or 'auto': "
        "json_schema, falling back in that order when the server rejects one (llama.cpp's Python server takes no "
        "json_schema); the method that worked is kept per model for the process.",
    )

    # Claims and verdicts
    checkworthy_threshold: float = Field(
        default=0.3,
        ge=0,
        le=1,
        description="Sentences scored below this by the check-worthiness classifier get no LLM call.",
    )
    max_llm_sentences: int = Field(
        default=150,
        ge=1,
        description="At most this many sentences of one article get an LLM call: the most check-worthy, in "
        "article order (about 3 s each with the local 1.5B model). The rest are stored flagged 'over_limit'; "
        "raise the limit and check again with --force to take them up.",
    )
    evidence_k: int = Field(default=5, ge=1, description="Passages retrieved and stored per claim.")
    verdict_passages: int = Field(default=3, ge=1, description="Passages shown to the model for a verdict suggestion.")
    verifier: Literal["trained", "llm", "both"] = Field(
        default="trained",
        description="Who suggests verdicts: 'trained' (the small verifier shipped with the workbench, milliseconds a "
        "passage), 'llm' (the chat model judges the passages), or 'both' (the verifier decides, the LLM writes a "
        "one-sentence rationale from the passages it chose).",
    )
    verifier_path: Path | None = Field(
        default=None,
        description="Folder of a trained verifier (from `workbench models train-verifier`); unset means the shipped "
        "one.",
    )
    model_runtime: Literal["onnx", "torch"] = Field(
        default="onnx",
        description="How the embedding model (a local mean-pooled one, like the packaged MiniLM), the verifier and "
        "the claim-pair model run: 'onnx' (ONNX Runtime on a graph exported once per weights into MODELS_DIR/onnx "
        "by `workbench models prepare` or the first use: about twice as fast on CPU, the same outputs to 1e-5) or "
        "'torch' (sentence-transformers and the weights as trained).",
    )
    matcher: Literal["model", "rules"] = Field(
        default="model",
        description="How 'seen before' decides that a reviewed claim is the same claim: 'model' (embedding "
        "similarity, word rules, then the shipped claim-pair model reads both claims) or 'rules' (similarity and "
        "word rules only; more false matches).",
    )
    matcher_path: Path | None = Field(
        default=None,
        description="Folder of a claim-pair model (from `workbench models train-matcher`); unset means the shipped "
        "one.",
    )

    # evaluation
    evals_dir: Path | None = Field(
        default=None,
        description="Folder with suites/, datasets/ and runs/ (default: ./evals if it has suites/, else the "
        "project's).",
    )

    # Login throttling of `workbench serve` (with WORKBENCH_AUTH)
    login_max_failures: int = Field(
        default=5,
        ge=1,
        description="Failed logins of one user from one address within WORKBENCH_LOGIN_WINDOW; then that pair is "
        "refused (HTTP 429), even with the right password, until the window passes. A login resets it.",
    )
    login_max_address_failures: int = Field(
        default=20,
        ge=1,
        description="Failed logins from one address within the window, whatever the user names; then every login from "
        "it is refused.",
    )
    login_window: float = Field(default=60.0, gt=0, description="Seconds over which failed logins are counted.")

    # The HTTP API and checks as jobs (`workbench serve`)
    api_tokens: SecretStr | None = Field(
        default=None,
        description="Tokens for programs calling the HTTP API under /api, sent as 'Authorization: Bearer <token>': "
        "'name:token[,name2:token2]' (reviews posted with a named token are that name's) or bare tokens, at least "
        "16 characters each. Set, every /api request needs one, also on 127.0.0.1; unset, the API is open on a "
        "local bind and closed on any other.",
    )
    jobs_concurrency: int = Field(
        default=1,
        ge=1,
        description="Checks (jobs submitted from the Review tab or the API) that `workbench serve` runs at once; "
        "the others wait in the queue.",
    )

    @field_validator("home", "models_dir")
    @classmethod
    def _expand_user(cls, value: Path) -> Path:
        return Path(value).expanduser()

    @model_validator(mode="after")
    def _overlap_below_chunk_size(self) -> Settings:
        if self.chunk_overlap >= self.chunk_tokens:
            raise ValueError(
                f"WORKBENCH_CHUNK_OVERLAP ({self.chunk_overlap}) must be smaller than WORKBENCH_CHUNK_TOKENS "
                f"({self.chunk_tokens})"
            )
        return self

    @property
    def chroma_dir(self) -> Path:
        return self.home / "chroma"

    @property
    def onnx_dir(self) -> Path:
        """ONNX graphs of the verifier and the claim-pair model, exported once per weights."""
        return self.models_dir / "onnx"

    @property
    def lexical_dir(self) -> Path:
        return self.home / "bm25"

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    @property
    def vector_store_location(self) -> str:
        return self.chroma_url or str(self.chroma_dir)


class SettingsError(ValueError):
    """A setting from the environment or .env that cannot be used; the message names the variable."""


def load_settings() -> Settings:
    """The settings in force, or a SettingsError naming each bad variable on one line."""
    try:
        return Settings()
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            message = error["msg"].removeprefix("Value error, ")
            name = ".".join(str(part) for part in error["loc"])
            problems.append(
                f"WORKBENCH_{name.upper()}={shlex.quote(str(error['input']))}: {message}" if name else message
            )
        raise SettingsError("; ".join(problems) + ". Fix it in the environment or in .env") from exc
