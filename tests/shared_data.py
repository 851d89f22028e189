"""Where the third-party data lives: ../shared beside the repository (never copied into it).
NEWSPRISM_SHARED points elsewhere when the checkout is not beside it."""
import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSPRISM_SHARED") or (REPO / ".." / "shared")).resolve()
SEEDS = SHARED / "samples" / "seeds"
DATA = SHARED / "data"


def benchmark(name: str):
    """benchmarks/<name>.py as a module: the real-data tests run the benchmark's own scorer on a subset."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(f"{name}_bench", REPO / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


def floor(name: str) -> dict:
    """benchmarks/floors/<name>.json: the figures a real-data test must stay above."""
    import json

    return json.loads((REPO / "benchmarks" / "floors" / f"{name}.json").read_text(encoding="utf-8"))
