"""The errors of the LLM layer, in a module of their own so every llm module can raise them without
importing another."""

from __future__ import annotations


class ModelError(RuntimeError):
    """A chat model could not be built or a local model file is missing or wrong; the message says what to do."""
