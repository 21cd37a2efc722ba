"""Run an ingest in a child process, printing each progress event, so a test can kill it mid-way."""

import sys

from workbench import pipeline
from workbench.settings import Settings


def main() -> None:
    home, folder = sys.argv[1], sys.argv[2]
    settings = Settings(home=home, ingest_batch=48, chunk_tokens=64, chunk_overlap=8, _env_file=None)

    def show(event):
        print(event.stage, event.done, flush=True)

    report = pipeline.ingest([folder], settings, progress=show)
    print("done", len(report.added), flush=True)


if __name__ == "__main__":
    main()
