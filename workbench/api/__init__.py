"""The JSON HTTP API of ``workbench serve`` (FastAPI, the app Gradio mounts on): the same services as the
CLI and the Review tab, API tokens for programs, OpenAPI docs at /api/docs."""

from workbench.api.app import create_api
from workbench.api.auth import ApiAccess, ApiConfigError, parse_tokens
from workbench.api.routes import ApiServices

__all__ = ["ApiAccess", "ApiConfigError", "ApiServices", "create_api", "parse_tokens"]
