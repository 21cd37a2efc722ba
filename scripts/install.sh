#!/usr/bin/env bash
# Install Claim Workbench into ./.venv (safe to re-run).
#   bash scripts/install.sh          the workbench and its offline models
#   bash scripts/install.sh --test   plus the test extras
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
else
  "${PIP[@]}" -e .
fi
echo "installed: $(.venv/bin/workbench --help >/dev/null && echo workbench) in $(pwd)/.venv" >&2
