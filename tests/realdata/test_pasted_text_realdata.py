"""Pasted page text on real pages (floor: benchmarks/floors/pasted_text_quality.json).

A fixed third of article-extraction-benchmark (every 3rd page, 44 pages) is rendered the way a user's
"select all + copy" gives it: Debian's Chromium (/usr/bin/chromium, driven by Playwright, as the web UI
tests do; `make test` and CI install it through apt), JavaScript off, every request aborted,
`document.body.innerText`. The texts go to pytest's temporary folder, never into the repository; each
is read as a user's .txt file (`read_inputs`, `clean_document`) and scored with the benchmark's scorer.
Real-data tests never skip: without Chromium this test fails, saying how to install it.

The dates half (floor: benchmarks/floors/pasted_text_dates.json): every 3rd English-language page of
htmldate-eval (39 pages, named in the floor file) is rendered the same way, cleaned as a .txt file with
the fetch time fixed, and its published day judged as benchmarks/date_extraction.py judges it.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from shared_data import benchmark, floor


def test_pasted_text_quality_stays_above_its_floor(tmp_path_factory):
    bench = benchmark("pasted_text_quality")
    minimum = floor("pasted_text_quality")
    if not Path(bench.CHROMIUM).exists():
        pytest.fail(f"Debian's chromium is not at {bench.CHROMIUM}: make browser "
                    "(apt-get install chromium chromium-driver)", pytrace=False)
    pages = bench.html_bench.load_pages()[::minimum["every"]]
    assert len(pages) == minimum["pages"]
    rendered = bench.render_pages(pages, tmp_path_factory.mktemp("pasted"))
    found = bench.evaluate_pasted(pages, rendered)
    ours, title = found["newsprism"], found["title"]
    assert ours["f1"] >= minimum["f1"], ours
    assert ours["precision"] >= minimum["precision"], ours
    assert ours["recall"] >= minimum["recall"], ours
    assert title["right"] >= minimum["title_right"], title
    # cleaning must do better than taking the pasted text as it is
    assert ours["f1"] > found["no_cleaning"]["f1"] + 0.1, found["no_cleaning"]
    assert found["refused"] == 0


def test_pasted_text_dates_stay_above_their_floor(tmp_path_factory):
    bench = benchmark("pasted_text_dates")
    minimum = floor("pasted_text_dates")
    if not Path(bench.pasted.CHROMIUM).exists():
        pytest.fail(f"Debian's chromium is not at {bench.pasted.CHROMIUM}: make browser "
                    "(apt-get install chromium chromium-driver)", pytrace=False)
    assert len(minimum["page_ids"]) == minimum["pages"]
    pages, rendered = bench.load_subset(minimum["page_ids"], tmp_path_factory.mktemp("pasted-dates"))
    found = bench.evaluate_pasted(pages, rendered)
    assert found["pages"] == minimum["pages"]
    assert found["precision"] >= minimum["precision"], found
    assert found["recall"] >= minimum["recall"], found
    assert found["f1"] >= minimum["f1"], found
