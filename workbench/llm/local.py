"""A LangChain chat model over llama-cpp-python, for the GGUF files that ``pull.py`` assembles.

Why not langchain-community's ``ChatLlamaCpp`` (measured with 0.4.2): its structured output is a
forced tool call, which does constrain the answer with a grammar, but Qwen's chat template then adds
a tool-calling system prompt (161 prompt tokens instead of about 40 for a one-line question: slow on
2 cores); it reports no ``usage_metadata`` (tokens only in ``response_metadata``); it loads the model
again for every instance; it takes the seed only at load time, so the seed is not in the cache key;
it has no lock although llama.cpp is not thread-safe; and its package is being sunset.

Here: one ``Llama`` per (file, context size, threads) for the whole process; calls to it are
serialized by a lock; structured output binds ``response_format={"type": "json_object", "schema": ...}``
so llama.cpp constrains sampling with a grammar built from the JSON schema, and the bound format is
part of LangChain's cache key. A call that runs past ``timeout`` is aborted inside llama.cpp (prompt
processing included) through its abort callback and raises ``LocalModelTimeout``.
"""

from __future__ import annotations

import ctypes
import json
import logging
import math
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.exceptions import OutputParserException
from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, ChatMessage, HumanMessage, SystemMessage
from langchain_core.messages.ai import UsageMetadata
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.runnables import Runnable, RunnableLambda, RunnableMap, RunnablePassthrough
from pydantic import BaseModel, Field

from workbench.llm.errors import ModelError
from workbench.prompts import defuse_control_tokens

# llama.cpp's threads meet at a barrier for every graph node; how long its OpenMP threads spin there
# is set once for the process in workbench/__init__.py (GOMP_SPINCOUNT), before llama_cpp is loaded.

# Sampling options a caller may bind or pass per call; anything else is refused rather than ignored.
CALL_OPTIONS = frozenset(
    {"response_format", "temperature", "seed", "max_tokens", "top_p", "top_k", "min_p", "repeat_penalty"}
)


class LocalModelTimeout(ModelError, TimeoutError):
    """A local model call ran past its time limit and was aborted."""


@dataclass
class _LoadedModel:
    llama: Any
    lock: threading.Lock = field(default_factory=threading.Lock)
    deadline: float = math.inf
    aborted: bool = False
    can_abort: bool = False
    abort_callback: Any = None  # the ctypes callback; referenced here so it is never garbage-collected

    def should_abort(self, _data: Any) -> bool:
        if time.monotonic() > self.deadline:
            self.aborted = True
            return True
        return False


_LOADED: dict[tuple[str, int, int], _LoadedModel] = {}
_LOAD_LOCK = threading.Lock()


def load_model(path: str | Path, n_ctx: int, n_threads: int) -> _LoadedModel:
    """The process-wide llama.cpp model for this file and configuration, loaded on first use."""
    key = (str(Path(path).resolve()), n_ctx, n_threads)
    with _LOAD_LOCK:
        loaded = _LOADED.get(key)
        if loaded is None:
            from llama_cpp import Llama

            try:
                # use_mmap=False: llama.cpp repacks the quantized weights for the CPU, so with mmap the
                # file's pages stayed resident next to the repacked copy (measured with the 1.5B model:
                # 1.90 GB RSS after loading with mmap, 1.30 GB without; same speed, load 0.2 s slower).
                with without_amx_buffers():
                    llama = Llama(
                        model_path=key[0],
                        n_ctx=n_ctx,
                        n_threads=n_threads,
                        n_threads_batch=n_threads,
                        use_mmap=False,
                        verbose=False,
                    )
            except (ValueError, RuntimeError) as exc:
                raise ModelError(f"llama.cpp could not load {key[0]}: {exc}") from exc
            # llama.cpp logs an error line to stderr when a call is aborted; the exception says it already.
            logging.getLogger("llama-cpp-python").setLevel(logging.CRITICAL + 1)
            loaded = _LoadedModel(llama=llama)
            _install_abort_callback(loaded)
            _LOADED[key] = loaded
        return loaded


def _malloc_trim() -> Any:
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc: nothing to give back this way
        return None


_MALLOC_TRIM = _malloc_trim()


def return_freed_memory() -> None:
    """Give the memory llama.cpp freed during a call back to the operating system.

    Grammar-constrained sampling allocates a few hundred MB of short-lived native memory per answer;
    glibc keeps the freed pages in its heap, so the process stayed about 300 MB larger after the
    first calls of a check (measured with the 1.5B and the claim schema: 2.43 GB -> 2.13 GB after
    four calls; the trim takes milliseconds, the answer seconds).
    """
    if _MALLOC_TRIM is not None:
        _MALLOC_TRIM(0)


def unload_models() -> None:
    """Free every loaded local model (tests, or a long-lived process switching models)."""
    with _LOAD_LOCK:
        for loaded in _LOADED.values():
            with loaded.lock:
                loaded.llama.close()
        _LOADED.clear()


@contextmanager
def without_amx_buffers() -> Iterator[None]:
    """Load without llama.cpp's extra weight buffers when the build has AMX kernels.

    A ``-march=native`` build on a CPU that reports AMX compiles ggml's AMX matmul, and on these VMs
    its ``ldtilecfg`` faults (a segfault that kills the process) on any batch of more than one token.
    Extra buffer types are where AMX (and weight repacking) live, so switching them off avoids it.
    A build without AMX (``CMAKE_ARGS="-DGGML_NATIVE=OFF"``) keeps repacking and is not affected.
    """
    from llama_cpp import llama_cpp as native

    if b"AMX_INT8 = 1" not in native.llama_print_system_info():
        yield
        return
    default_params = native.llama_model_default_params

    def params_without_extra_buffers() -> Any:
        params = default_params()
        params.use_extra_bufts = False
        return params

    native.llama_model_default_params = params_without_extra_buffers  # read once, in Llama.__init__
    try:
        yield
    finally:
        native.llama_model_default_params = default_params


def _install_abort_callback(loaded: _LoadedModel) -> None:
    # llama-cpp-python 0.3.x binds the callback type but not llama_set_abort_callback; the symbol is in
    # libllama. Without it, a call cannot be cut short and the timeout is checked only after it ends.
    try:
        from llama_cpp import llama_cpp as native

        set_abort = native._lib.llama_set_abort_callback
        set_abort.argtypes = [ctypes.c_void_p, native.ggml_abort_callback, ctypes.c_void_p]
        set_abort.restype = None
        loaded.abort_callback = native.ggml_abort_callback(loaded.should_abort)
        set_abort(loaded.llama._ctx.ctx, loaded.abort_callback, None)
        loaded.can_abort = True
    except (AttributeError, TypeError, OSError):
        loaded.can_abort = False


class ChatLocalLlama(BaseChatModel):
    """A GGUF chat model run in-process by llama.cpp on the CPU."""

    model_path: str = Field(description="Path to the GGUF file.")
    model_name: str | None = Field(default=None, description="Label for provenance; defaults to the file name.")
    n_ctx: int = 4096
    n_threads: int = 1
    temperature: float = 0.0
    seed: int = 0
    max_tokens: int = 512
    timeout: float | None = Field(default=120.0, description="Seconds per call; None for no limit.")

    @property
    def _llm_type(self) -> str:
        return "llama-cpp-local"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {
            "model": Path(self.model_path).name,
            "temperature": self.temperature,
            "seed": self.seed,
            "max_tokens": self.max_tokens,
            "n_ctx": self.n_ctx,
        }

    def _get_ls_params(self, stop: list[str] | None = None, **kwargs: Any) -> Any:
        params = super()._get_ls_params(stop=stop, **kwargs)
        params["ls_provider"] = "llama-cpp"
        params["ls_model_name"] = self._label
        return params

    @property
    def _label(self) -> str:
        return self.model_name or Path(self.model_path).name

    def _options(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """The completion options of one call: the model's defaults, overridden by the call's known options."""
        unknown = set(kwargs) - CALL_OPTIONS
        if unknown:
            raise ModelError(f"ChatLocalLlama does not support {', '.join(sorted(unknown))}")
        return {"temperature": self.temperature, "seed": self.seed, "max_tokens": self.max_tokens, **kwargs}

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        options = self._options(kwargs)
        loaded = load_model(self.model_path, self.n_ctx, self.n_threads)
        with loaded.lock:
            loaded.aborted = False
            started = time.monotonic()
            loaded.deadline = started + self.timeout if self.timeout else math.inf
            try:
                response = loaded.llama.create_chat_completion(
                    messages=[_to_openai(message) for message in messages], stop=stop or [], **options
                )
            except RuntimeError as exc:
                if loaded.aborted:
                    raise LocalModelTimeout(f"{self._label}: no answer within {self.timeout:g} s") from exc
                raise
            finally:
                loaded.deadline = math.inf
                return_freed_memory()
        elapsed = time.monotonic() - started
        if self.timeout and elapsed > self.timeout:  # only when the build could not abort it in time
            raise LocalModelTimeout(f"{self._label}: answered after {elapsed:.0f} s, over the {self.timeout:g} s limit")
        choice = response["choices"][0]
        usage = response.get("usage") or {}
        finish_reason = choice.get("finish_reason")
        message = AIMessage(
            content=choice["message"].get("content") or "",
            usage_metadata=UsageMetadata(
                input_tokens=usage.get("prompt_tokens", 0),
                output_tokens=usage.get("completion_tokens", 0),
                total_tokens=usage.get("total_tokens", 0),
            ),
            response_metadata={
                "model_name": self._label,
                "model_provider": "llama-cpp",
                "finish_reason": finish_reason,
            },
        )
        return ChatResult(
            generations=[ChatGeneration(message=message, generation_info={"finish_reason": finish_reason})],
            llm_output={"model_name": self._label, "token_usage": usage},
        )

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        """The answer token by token (what ``.stream()`` calls), under the same lock and time limit as ``_generate``.

        The lock is held until the stream ends or is closed. The last chunk carries the token usage, which
        llama.cpp's stream does not report: the output is counted in streamed pieces (one per token, but
        for a character split across tokens), the prompt as what the model holds afterwards minus those.
        """
        options = self._options(kwargs)
        loaded = load_model(self.model_path, self.n_ctx, self.n_threads)
        with loaded.lock:
            loaded.aborted = False
            started = time.monotonic()
            loaded.deadline = started + self.timeout if self.timeout else math.inf
            generated, finish_reason = 0, None
            try:
                for part in loaded.llama.create_chat_completion(
                    messages=[_to_openai(message) for message in messages], stop=stop or [], stream=True, **options
                ):
                    choice = part["choices"][0]
                    finish_reason = choice.get("finish_reason") or finish_reason
                    text = (choice.get("delta") or {}).get("content") or ""
                    if not text:
                        continue
                    generated += 1
                    chunk = ChatGenerationChunk(message=AIMessageChunk(content=text))
                    if run_manager:
                        run_manager.on_llm_new_token(text, chunk=chunk)
                    yield chunk
            except RuntimeError as exc:
                if loaded.aborted:
                    raise LocalModelTimeout(f"{self._label}: no answer within {self.timeout:g} s") from exc
                raise
            finally:
                loaded.deadline = math.inf
                return_freed_memory()
            prompt_tokens = max(0, loaded.llama.n_tokens - generated)
        yield ChatGenerationChunk(
            message=AIMessageChunk(
                content="",
                usage_metadata=UsageMetadata(
                    input_tokens=prompt_tokens, output_tokens=generated, total_tokens=prompt_tokens + generated
                ),
                response_metadata={
                    "model_name": self._label,
                    "model_provider": "llama-cpp",
                    "finish_reason": finish_reason,
                },
            ),
            generation_info={"finish_reason": finish_reason},
        )

    def with_structured_output(  # type: ignore[override]
        self,
        schema: type[BaseModel] | dict[str, Any],
        *,
        include_raw: bool = False,
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, Any]:
        """Answers that are instances of ``schema`` (a pydantic class; a JSON-schema dict gives dicts).

        llama.cpp samples only tokens that keep the output valid for the schema. With ``include_raw``
        the result is ``{"raw": AIMessage, "parsed": obj or None, "parsing_error": exc or None}``.
        """
        if kwargs.get("method", "json_schema") != "json_schema" or kwargs.get("strict") is False:
            raise ModelError("ChatLocalLlama supports only method='json_schema' for structured output")
        is_model = isinstance(schema, type) and issubclass(schema, BaseModel)
        json_schema = schema.model_json_schema() if is_model else dict(schema)  # type: ignore[union-attr]
        bound = self.bind(
            response_format={"type": "json_object", "schema": json_schema},
            ls_structured_output_format={"kwargs": {"method": "json_schema"}, "schema": json_schema},
        )
        parser = RunnableLambda(lambda message: _parse(message, schema if is_model else None))
        if not include_raw:
            return bound | parser
        with_parsed = RunnablePassthrough.assign(parsed=itemgetter("raw") | parser, parsing_error=lambda _: None)
        without = RunnablePassthrough.assign(parsed=lambda _: None)
        return RunnableMap(raw=bound) | with_parsed.with_fallbacks([without], exception_key="parsing_error")


def _parse(message: AIMessage, schema: type[BaseModel] | None) -> Any:
    text = message.content if isinstance(message.content, str) else _text_of(message.content)
    if message.response_metadata.get("finish_reason") == "length":
        raise OutputParserException(
            "the answer was cut off at the max_tokens limit before the JSON was complete "
            "(raise WORKBENCH_LLM_MAX_TOKENS or ask for less)",
            llm_output=text,
        )
    try:
        return schema.model_validate_json(text) if schema is not None else json.loads(text)
    except ValueError as exc:  # pydantic's ValidationError and json's JSONDecodeError are both ValueErrors
        raise OutputParserException(f"the answer does not match the schema: {exc}", llm_output=text) from exc


def _to_openai(message: BaseMessage) -> dict[str, str]:
    if isinstance(message, SystemMessage):
        role = "system"
    elif isinstance(message, HumanMessage):
        role = "user"
    elif isinstance(message, AIMessage):
        role = "assistant"
    elif isinstance(message, ChatMessage) and message.role in {"system", "user", "assistant"}:
        role = message.role
    else:
        raise ModelError(f"ChatLocalLlama cannot send a {type(message).__name__} (no tool calling)")
    text = _text_of(message.content)
    # Only our own system prompt may hold chat-template tokens; in an article, a passage or a question
    # they would end the turn (llama.cpp tokenizes the rendered chat with special tokens on).
    return {"role": role, "content": text if role == "system" else defuse_control_tokens(text)}


def _text_of(content: str | Sequence[Any]) -> str:
    if isinstance(content, str):
        return content
    parts = [part if isinstance(part, str) else part.get("text", "") for part in content]
    return "".join(part for part in parts if part)
