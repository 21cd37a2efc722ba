"""Serve a local GGUF over the OpenAI API: llama-cpp-python's server, made safe on AMX CPUs.

    .venv/bin/python -m workbench.llm.serve --model ~/.cache/claim-workbench/models/FILE.gguf \
        --model_alias qwen2.5-1.5b --port 8000

Takes every option of ``python -m llama_cpp.server`` (the ``server`` extra; ``--help`` lists them).
The one difference: where the llama.cpp build has AMX kernels (a native build on a CPU that
reports AMX), the model is loaded without llama.cpp's extra weight buffers, as the workbench loads
it in-process (``local.without_amx_buffers``). There the plain server crashes with a segfault on its
first completion (seen on a Xeon with AMX, llama-cpp-python 0.3.36).
"""

from __future__ import annotations

import sys

from workbench.llm.local import without_amx_buffers


def main() -> None:
    from llama_cpp.server.__main__ import main as serve

    sys.argv[0] = "python -m workbench.llm.serve"  # argparse names the program after it in --help and errors
    with without_amx_buffers():  # the server loads its model inside, before it starts listening
        serve()


if __name__ == "__main__":
    main()
