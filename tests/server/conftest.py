"""Fixtures for the server tests: a real SQLite store written with the corpus, and the real app over it."""
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parent))

import server_corpus  # noqa: E402

from newsprism.server import create_app  # noqa: E402

BASE = "http://127.0.0.1"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "news.db"
    records = server_corpus.build(path)
    records["path"] = path
    return records


@pytest.fixture(scope="module")
def client(corpus):
    with TestClient(create_app(corpus["path"]), base_url=BASE) as c:
        yield c


def make_client(path, **kwargs) -> TestClient:
    return TestClient(create_app(path, **kwargs), base_url=BASE)
