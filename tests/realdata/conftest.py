"""Real-data tests never skip: without ../shared they fail, saying where the data was looked for."""
import pytest

from shared_data import DATA, SEEDS


@pytest.fixture(autouse=True)
def _real_data_present():
    missing = [p for p in (SEEDS, DATA) if not p.is_dir()]
    if missing:
        pytest.fail(f"real data not found at {', '.join(map(str, missing))} (set NEWSPRISM_SHARED)", pytrace=False)
