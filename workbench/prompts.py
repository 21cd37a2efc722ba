"""Prompt files: load, validate and hash them.

A prompt is a YAML file in ``prompts/`` with ``name``, ``version``, ``description``, the
``schema`` its answer must match, its ``inputs`` and its ``messages`` (Jinja2 templates).
Several versions of one prompt live side by side (``extract_claims.yaml`` with version 1,
``extract_claims.v2.yaml`` with version 2); ``name@N`` picks one. The default is the highest
version not marked ``draft: true``: a new version is added as a draft, measured with
``workbench eval compare``, and promoted by removing the flag.
Every output the workbench stores carries the prompt's name, version and hash.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from langchain_core.messages import BaseMessage
from langchain_core.prompts import ChatPromptTemplate
from pydantic import BaseModel, Field, ValidationError

from workbench.records import Provenance

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"


class PromptError(ValueError):
    pass


class PromptMessage(BaseModel):
    role: Literal["system", "user", "assistant"]
    content: str


class Prompt(BaseModel):
    name: str
    version: int = Field(ge=1)
    description: str
    output_schema: str = Field(alias="schema", description="Name of the pydantic model the answer must match.")
    inputs: list[str]
    messages: list[PromptMessage]
    draft: bool = Field(default=False, description="A candidate: used only when asked for by version.")
    hash: str = ""
    path: str = ""

    @property
    def ref(self) -> str:
        return f"{self.name}@{self.version}"

    def template(self) -> ChatPromptTemplate:
        roles = {"system": "system", "user": "human", "assistant": "ai"}
        return ChatPromptTemplate.from_messages(
            [(roles[m.role], m.content) for m in self.messages], template_format="jinja2"
        )

    def render(self, **inputs: Any) -> list[BaseMessage]:
        missing = set(self.inputs) - set(inputs)
        if missing:
            raise PromptError(f"prompt {self.ref} needs inputs {sorted(missing)}")
        return self.template().format_messages(**{k: inputs[k] for k in self.inputs})

    def provenance(self, model: str) -> Provenance:
        return Provenance(model=model, prompt=self.name, prompt_version=self.version, prompt_hash=self.hash)


_CONTROL_TOKEN = re.compile(r"<\|(\w{1,40})\|>")


def defuse_control_tokens(text: str) -> str:
    """``text`` with chat-template control tokens (``<|im_end|>``, ``<|im_start|>`` ...) made look-alikes.

    llama.cpp tokenizes a rendered chat with special tokens enabled, so such a token inside an
    article or a passage really ended the user's turn and opened a new one (measured with the
    local Qwen; benchmarks/injection.py). Data never needs them; '‹|im_end|›' reads the same.
    """
    return _CONTROL_TOKEN.sub(lambda m: f"‹|{m.group(1)}|›", text)


def parse_ref(ref: str) -> tuple[str, int | None]:
    """'extract_claims@2' -> ('extract_claims', 2); 'extract_claims' -> ('extract_claims', None)."""
    name, _, version = ref.partition("@")
    if version and not version.isdigit():
        raise PromptError(f"bad prompt reference '{ref}': expected NAME or NAME@VERSION")
    return name, int(version) if version else None


def read_prompt(path: Path) -> Prompt:
    """Load and validate one prompt file."""
    raw = path.read_bytes()
    try:
        data = yaml.safe_load(raw)
        prompt = Prompt.model_validate(data | {"hash": hashlib.sha256(raw).hexdigest()[:16], "path": str(path)})
    except (yaml.YAMLError, TypeError, ValidationError) as exc:
        raise PromptError(f"{path}: not a valid prompt file: {exc}") from exc
    used = set(prompt.template().input_variables)
    if used != set(prompt.inputs):
        raise PromptError(f"{path}: the messages use {sorted(used)} but `inputs` lists {sorted(prompt.inputs)}")
    return prompt


@lru_cache(maxsize=64)
def _catalogue(directory: Path) -> dict[tuple[str, int], Prompt]:
    prompts: dict[tuple[str, int], Prompt] = {}
    for path in sorted(directory.glob("*.yaml")):
        prompt = read_prompt(path)
        key = (prompt.name, prompt.version)
        if key in prompts:
            raise PromptError(f"{path}: {prompt.ref} is also defined in {prompts[key].path}")
        prompts[key] = prompt
    return prompts


def available(directory: Path = PROMPTS_DIR) -> dict[str, list[int]]:
    """Prompt names and their versions."""
    found: dict[str, list[int]] = {}
    for name, version in sorted(_catalogue(directory.resolve())):
        found.setdefault(name, []).append(version)
    return found


def load_prompt(ref: str, directory: Path = PROMPTS_DIR) -> Prompt:
    """The prompt ``name`` (highest version that is not a draft) or ``name@version``."""
    name, version = parse_ref(ref)
    versions = available(directory).get(name)
    if not versions:
        raise PromptError(f"no prompt named '{name}' in {directory}")
    if version is None:
        catalogue = _catalogue(directory.resolve())
        released = [v for v in versions if not catalogue[(name, v)].draft]
        if not released:
            raise PromptError(f"every version of prompt '{name}' is a draft; ask for one: {name}@{max(versions)}")
        version = max(released)
    if version not in versions:
        raise PromptError(f"prompt '{name}' has no version {version} (versions: {versions})")
    return _catalogue(directory.resolve())[(name, version)]


def clear_cache() -> None:
    _catalogue.cache_clear()
