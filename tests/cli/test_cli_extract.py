"""`newsprism entities | quotes | claims` as a user runs them, on the demo corpus."""
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples" / "corpus"


def run(*args, check=0):
    proc = subprocess.run([sys.executable, "-m", "newsprism.cli", *map(str, args)], capture_output=True, text=True,
                          timeout=600, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert proc.returncode == check, proc.stderr
    return proc


def test_quotes_filtered_by_speaker_and_kind_as_json():
    rows = json.loads(run("quotes", EXAMPLES, "--speaker", "tervald", "--kind", "direct", "--json").stdout)
    assert len(rows) >= 5
    assert {r["speaker_entity"] for r in rows} == {"Jonas Tervald"}
    assert all(r["kind"] == "direct" and r["speaker_entity_id"] for r in rows)
    assert any("The breach is under control" in r["text"] for r in rows)
    assert len({r["outlet"] for r in rows}) >= 4  # the same man quoted across outlets


def test_entities_table_shows_merges_with_their_reasons(tmp_path):
    aliases = tmp_path / "mine.tsv"
    aliases.write_text("Eastbank\tGPE\tEast Bank district\n", encoding="utf-8")
    out = run("entities", EXAMPLES, "--aliases", aliases, "--min-mentions", "3").stdout.splitlines()
    assert out[0].split()[:3] == ["ID", "TYPE", "NAME"]
    authority = next(line for line in out if "Halvard Provincial Water" in line)
    assert "HPWA (acronym defined in text)" in authority
    eastbank = next(line for line in out if " Eastbank " in line)
    assert " GPE " in eastbank  # the user's alias file sets the type


def test_claims_with_numbers_carry_normalised_figures():
    rows = json.loads(run("claims", EXAMPLES, "--with-numbers", "--search", "evacuated", "--json").stdout)
    assert rows
    values = {q["value"] for r in rows for q in r["quantities"]}
    assert 3400 in values
    bad = run("claims", "--db", REPO / "no-such-store.db", check=2)
    assert "no store here yet" in bad.stderr


def test_quotes_split_into_words_said_and_stances_reported():
    stances = json.loads(run("quotes", EXAMPLES, "--act", "stance", "--json").stdout)
    speech = json.loads(run("quotes", EXAMPLES, "--act", "speech", "--json").stdout)
    assert stances and speech
    assert {r["act"] for r in stances} == {"stance"} and {r["act"] for r in speech} == {"speech"}
    assert any(r["cue"] == "expect" for r in stances)  # "Local economists expect ...": an attitude, not words
    assert all(r["kind"] != "direct" for r in stances)  # quoted words are always speech
