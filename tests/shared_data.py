"""Where the third-party data lives: ../shared beside the repository (never copied into it)."""
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()
SEEDS = SHARED / "samples" / "seeds"
DATA = SHARED / "data"
