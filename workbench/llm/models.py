"""One string names a chat model: "local", "local:qwen2.5-0.5b", "openai:gpt-4o-mini", "ollama:qwen2.5" ...

``chat_model(llm_settings, spec)`` turns it into a LangChain chat model. Providers register one way,
``register_provider(name, factory, label)``: the built-in ``local`` (llama.cpp models, files from
``workbench/llm/pull.py``) and ``mock`` (fixed reading rules, ``workbench/llm/mock.py``) at the
end of this module, the tests' fakes from the tests. Any other prefix goes to LangChain's
``init_chat_model``, which knows openai, anthropic, ollama and the rest.

An OpenAI-compatible server (llama.cpp's, vLLM, LM Studio) is ``openai:<model>`` with
``llm_base_url``; such servers seldom check keys, so a placeholder key is sent when none is set.
The provider's HTTP client retries HTTP 429, 5xx and dropped connections ``llm_max_retries`` times
with exponential back-off, honouring the server's Retry-After; ``StructuredLLM`` bounds the whole
(``llm_attempts`` x ``llm_timeout``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel

from workbench.llm.errors import ModelError
from workbench.settings import Settings

# The LLM knobs are fields of the one Settings class (llm, llm_base_url, local_model, models_dir, ...).
LLMSettings = Settings


def llm_settings_from(settings: Settings) -> Settings:
    """Kept for callers that pass settings explicitly; the LLM settings are the Settings."""
    return settings


ChatModelFactory = Callable[[LLMSettings, str], BaseChatModel]
LabelFactory = Callable[[LLMSettings, str], str]

PLACEHOLDER_API_KEY = "no-key-needed"
"""Sent to an ``openai`` base URL when no key is set: llama.cpp's server, vLLM and LM Studio ignore it."""

# LangChain providers whose client takes ``max_retries`` (back-off on 429 and 5xx, Retry-After honoured);
# others (e.g. ollama) do not retry by themselves and get only the attempts of ``StructuredLLM``.
_RETRYING_CLIENTS = frozenset({"openai", "azure_openai", "anthropic"})


@dataclass(frozen=True)
class Provider:
    """How a ``"<name>:<model>"`` spec becomes a chat model, its name in provenance, and whether
    its calls must run one at a time (an in-process model: llama.cpp is not thread-safe)."""

    build: ChatModelFactory
    label: LabelFactory | None = None
    serial: bool = False


_PROVIDERS: dict[str, Provider] = {}


def register_provider(
    prefix: str, factory: ChatModelFactory, label: LabelFactory | None = None, serial: bool = False
) -> None:
    """Make ``"<prefix>:<model>"`` specs build ``factory(llm_settings, "<model>")``.

    The one way a provider is added: the built-in ``local`` and ``mock`` register here too (at the
    end of this module), tests register their fakes. A spec whose prefix is not registered goes to
    LangChain's ``init_chat_model`` ("openai:...", "anthropic:...", "ollama:..."). ``label`` names
    the model in provenance; by default ``"<prefix>:<model>"``. ``serial`` providers get one call
    in flight whatever ``llm_concurrency`` says.
    """
    _PROVIDERS[prefix] = Provider(factory, label, serial)


def unregister_provider(prefix: str) -> None:
    _PROVIDERS.pop(prefix, None)


def registered_providers() -> list[str]:
    return sorted(_PROVIDERS)


def split_spec(spec: str) -> tuple[str, str]:
    """``"openai:gpt-4o-mini"`` -> ``("openai", "gpt-4o-mini")``; ``"local"`` -> ``("local", "")``."""
    provider, _, model = spec.strip().partition(":")
    return provider.strip(), model.strip()


def chat_model(llm_settings: LLMSettings, spec: str | None = None) -> BaseChatModel:
    """The chat model that ``spec`` (default: the ``llm`` setting) names."""
    provider, model = split_spec(spec or llm_settings.llm)
    if provider in _PROVIDERS:
        return _PROVIDERS[provider].build(llm_settings, model)
    if not model:
        raise ModelError(
            f"LLM '{provider}' names no provider: use 'local', 'local:<name>', 'mock' or 'provider:model', "
            f"e.g. 'openai:{provider}'"
        )
    return _langchain_chat_model(llm_settings, provider, model)


def model_label(llm_settings: LLMSettings, spec: str | None = None) -> str:
    """A stable name for provenance: 'local:qwen2.5-1.5b', 'openai:gpt-4o-mini@http://host:8000/v1' ..."""
    provider, model = split_spec(spec or llm_settings.llm)
    if provider in _PROVIDERS:
        label = _PROVIDERS[provider].label
        if label is not None:
            return label(llm_settings, model)
        return f"{provider}:{model}" if model else provider
    label = f"{provider}:{model}"
    return f"{label}@{llm_settings.llm_base_url}" if llm_settings.llm_base_url else label


def runs_serially(llm_settings: LLMSettings, spec: str | None = None) -> bool:
    """Whether the model takes one call at a time (an in-process model), whatever ``llm_concurrency`` says."""
    provider, _ = split_spec(spec or llm_settings.llm)
    registered = _PROVIDERS.get(provider)
    return registered is not None and registered.serial


def llm_concurrency(llm_settings: LLMSettings, spec: str | None = None) -> int:
    """How many calls to this model may be in flight: ``llm_concurrency``, or 1 for a serial provider."""
    return 1 if runs_serially(llm_settings, spec) else llm_settings.llm_concurrency


def _local_label(llm_settings: LLMSettings, model: str) -> str:
    if llm_settings.local_model:
        return f"local:{Path(llm_settings.local_model).name}"
    return f"local:{model or llm_settings.local_model_name}"


def _local_factory(llm_settings: LLMSettings, model: str) -> BaseChatModel:
    return _local_chat_model(llm_settings, model or llm_settings.local_model_name)


def _mock_factory(_settings: LLMSettings, model: str) -> BaseChatModel:
    from workbench.llm.mock import mock_chat_model

    try:
        return mock_chat_model(model)
    except ValueError as exc:
        raise ModelError(str(exc)) from exc


def _local_chat_model(llm_settings: LLMSettings, name: str) -> BaseChatModel:
    # Imported when a local model is asked for, not before: llama_cpp is a heavy import.
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
    if provider in _RETRYING_CLIENTS:
        kwargs["max_retries"] = llm_settings.llm_max_retries
    if provider == "openai":
        # stream_usage: a streamed answer (chat) reports its tokens too, where the server sends them
        # (OpenAI, vLLM; llama-cpp-python's server accepts the option and sends none)
        kwargs |= {"seed": llm_settings.llm_seed, "stream_usage": True}
    if llm_settings.llm_base_url:
        kwargs["base_url"] = llm_settings.llm_base_url
    if llm_settings.llm_api_key:
        kwargs["api_key"] = llm_settings.llm_api_key
    elif provider == "openai" and llm_settings.llm_base_url and not os.environ.get("OPENAI_API_KEY"):
        # The OpenAI client refuses to start without a key, and a self-hosted server asks for none.
        # (OPENAI_API_KEY is the client's own variable: when it is set, the client takes it.)
        kwargs["api_key"] = PLACEHOLDER_API_KEY
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


register_provider("local", _local_factory, label=_local_label, serial=True)
register_provider("mock", _mock_factory, label=lambda _settings, _model: "mock:reader")
