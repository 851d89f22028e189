"""Where the third-party data lives: ../shared beside the repository (never copied into it).
NEWSPRISM_SHARED points elsewhere when the checkout is not beside it."""
import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSPRISM_SHARED") or (REPO / ".." / "shared")).resolve()
SEEDS = SHARED / "samples" / "seeds"
DATA = SHARED / "data"
