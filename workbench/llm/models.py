"""One string names a chat model: "local", "local:qwen2.5-0.5b", "openai:gpt-4o-mini", "ollama:qwen2.5" ...

``chat_model(llm_settings, spec)`` turns it into a LangChain chat model. Lookup order: a provider
registered with ``register_provider`` (tests register "fake"), then the local llama.cpp models
(``local`` / ``local:<name>``, files from ``workbench/llm/pull.py``), then any provider that
LangChain's ``init_chat_model`` knows. Adding a provider is one ``register_provider`` call.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel
from pydantic import BaseModel, Field, field_validator

DEFAULT_MODELS_DIR = Path("~/.cache/claim-workbench/models")


class LLMSettings(BaseModel):
    """The LLM knobs. Same names as the ``Settings`` fields (env ``WORKBENCH_<NAME>``) that carry them."""

    llm: str = Field(
        default="local",
        description="Chat model: 'local' (the local_model_name GGUF via llama.cpp), 'local:qwen2.5-1.5b', "
        "'local:qwen2.5-0.5b', or any LangChain 'provider:model' such as 'openai:gpt-4o-mini', "
        "'anthropic:claude-sonnet-4-5', 'ollama:qwen2.5'.",
    )
    llm_base_url: str | None = Field(
        default=None,
        description="Base URL of an OpenAI-compatible server (vLLM, llama.cpp server, LM Studio), "
        "e.g. http://localhost:8000/v1; used with provider 'openai'.",
    )
    llm_api_key: str | None = Field(default=None, description="API key for the hosted provider or server.")
    local_model: str | None = Field(
        default=None,
        description="Path to a GGUF file for 'local' specs; overrides local_model_name, models_dir and hub download.",
    )
    local_model_name: str = Field(
        default="qwen2.5-1.5b", description="Catalogue name of the local model that 'local' means."
    )
    models_dir: Path = Field(
        default_factory=lambda: DEFAULT_MODELS_DIR.expanduser(),
        description="Where local GGUF models are assembled and looked for.",
    )
    allow_hub_download: bool = Field(
        default=False,
        description="Let a missing local model be downloaded from the Hugging Face hub (pinned revision and sha256).",
    )
    llm_timeout: float = Field(default=120.0, description="Seconds allowed for one LLM call; 0 for no limit.")
    llm_max_tokens: int = Field(default=512, description="Most tokens one LLM call may generate.")
    llm_context: int = Field(default=4096, description="Context window of the local model, in tokens.")
    llm_threads: int = Field(default=os.cpu_count() or 1, description="CPU threads for the local model.")
    llm_temperature: float = Field(default=0.0, description="Sampling temperature; 0 is greedy and repeatable.")
    llm_seed: int = Field(default=0, description="Sampling seed, recorded with every run.")

    @field_validator("models_dir")
    @classmethod
    def _expand_home(cls, value: Path) -> Path:
        return Path(value).expanduser()


def llm_settings_from(settings: Any) -> LLMSettings:
    """The LLM settings carried by a ``Settings`` object; fields it does not have keep their defaults."""
    defaults = LLMSettings()
    return LLMSettings(**{name: getattr(settings, name, getattr(defaults, name)) for name in LLMSettings.model_fields})


class ModelError(RuntimeError):
    """A chat model could not be built or a local model file is missing or wrong; the message says what to do."""


ChatModelFactory = Callable[[LLMSettings, str], BaseChatModel]
_PROVIDERS: dict[str, ChatModelFactory] = {}


def register_provider(prefix: str, factory: ChatModelFactory) -> None:
    """Make ``"<prefix>:<model>"`` specs build ``factory(llm_settings, "<model>")``; consulted before anything else."""
    _PROVIDERS[prefix] = factory


def unregister_provider(prefix: str) -> None:
    _PROVIDERS.pop(prefix, None)


def split_spec(spec: str) -> tuple[str, str]:
    """``"openai:gpt-4o-mini"`` -> ``("openai", "gpt-4o-mini")``; ``"local"`` -> ``("local", "")``."""
    provider, _, model = spec.strip().partition(":")
    return provider.strip(), model.strip()


def chat_model(llm_settings: LLMSettings, spec: str | None = None) -> BaseChatModel:
    """The chat model that ``spec`` (default: the ``llm`` setting) names."""
    provider, model = split_spec(spec or llm_settings.llm)
    if provider in _PROVIDERS:
        return _PROVIDERS[provider](llm_settings, model)
    if provider == "local":
        return _local_chat_model(llm_settings, model or llm_settings.local_model_name)
    if not model:
        raise ModelError(
            f"LLM '{provider}' names no provider: use 'local', 'local:<name>' or 'provider:model', "
            f"e.g. 'openai:{provider}'"
        )
    return _langchain_chat_model(llm_settings, provider, model)


def model_label(llm_settings: LLMSettings, spec: str | None = None) -> str:
    """A stable name for provenance: 'local:qwen2.5-1.5b', 'openai:gpt-4o-mini@http://host:8000/v1' ..."""
    provider, model = split_spec(spec or llm_settings.llm)
    if provider in _PROVIDERS:
        return f"{provider}:{model}" if model else provider
    if provider == "local":
        if llm_settings.local_model:
            return f"local:{Path(llm_settings.local_model).name}"
        return f"local:{model or llm_settings.local_model_name}"
    label = f"{provider}:{model}"
    return f"{label}@{llm_settings.llm_base_url}" if llm_settings.llm_base_url else label


def _local_chat_model(llm_settings: LLMSettings, name: str) -> BaseChatModel:
    # Imported here: pull and local import this module for LLMSettings and ModelError.
    from workbench.llm.local import ChatLocalLlama
    from workbench.llm.pull import resolve_local_model

    path = resolve_local_model(llm_settings, name)
    return ChatLocalLlama(
        model_path=str(path),
        model_name=model_label(llm_settings, f"local:{name}"),
        n_ctx=llm_settings.llm_context,
        n_threads=llm_settings.llm_threads,
        temperature=llm_settings.llm_temperature,
        seed=llm_settings.llm_seed,
        max_tokens=llm_settings.llm_max_tokens,
        timeout=llm_settings.llm_timeout or None,
    )


def _langchain_chat_model(llm_settings: LLMSettings, provider: str, model: str) -> BaseChatModel:
    from langchain.chat_models import init_chat_model

    kwargs: dict[str, Any] = {
        "temperature": llm_settings.llm_temperature,
        "timeout": llm_settings.llm_timeout or None,
        "max_tokens": llm_settings.llm_max_tokens,
    }
    if llm_settings.llm_base_url:
        kwargs["base_url"] = llm_settings.llm_base_url
    if llm_settings.llm_api_key:
        kwargs["api_key"] = llm_settings.llm_api_key
    try:
        return init_chat_model(model, model_provider=provider, **kwargs)
    except (ImportError, AttributeError) as exc:
        # LangChain says which package in its message; if langchain-community is installed it tries
        # that first for some providers and fails with an AttributeError instead.
        found = re.search(r"pip install (?:-U )?([\w.\-\[\]]+)", str(exc))
        package = found.group(1) if found else f"langchain-{provider.replace('_', '-')}"
        raise ModelError(f"provider '{provider}' needs `pip install {package}`") from exc
    except ValueError as exc:
        if str(exc).startswith("Unsupported provider"):
            raise ModelError(
                f"unknown LLM provider '{provider}' in '{provider}:{model}': use 'local', 'local:<name>', "
                "or a LangChain provider such as 'openai', 'anthropic', 'ollama'"
            ) from exc
        raise ModelError(f"cannot build '{provider}:{model}': {exc}") from exc
