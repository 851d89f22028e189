"""What a first-time user types: story ids as shown (or shortened, or title words), outlet names in any
case, months as dates, a report command without an output, a wrong --db. Run in-process over a small
store of invented articles (no model is loaded)."""
import json

import pytest

from newsprism.cli import main
from newsprism.records import Analysis, Article, RawDocument, Story, article_id_for
from newsprism.store import open_store

ARTICLES = [("Lenholm Herald", "2021-02-18T09:30:00", "Ferry service to Vantrell suspended",
             "Voss said the ferry to Vantrell would not run until the harbour wall was repaired."),
            ("Vantrell Post", "2021-02-27", "Harbour wall repairs begin in Vantrell",
             "Dana Whitfield said the repairs of the harbour wall began on Saturday."),
            ("Lenholm Herald", "2021-03-05", "Lenholm council approves new budget",
             "The council voted to raise the library budget, Mark Tennant said.")]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("walk") / "news.db"
    ids = []
    with open_store(path) as store:
        for outlet, published, title, text in ARTICLES:
            raw = RawDocument(source=f"{title}.txt", fetched_at="2026-01-01T00:00:00+00:00",
                              content_type="text/plain", data=text.encode())
            article = Article(id=article_id_for(raw.data), source=raw.source, outlet=outlet, outlet_found="hint",
                              title=title, byline=None, published=published, published_precision="day",
                              published_found="hint", language="en", text=text)
            store.add_document(raw, article)
            ids.append(article.id)
        stories = (Story(id="story_ab12cd34ef56", title="Ferry service to Vantrell suspended",
                         article_ids=tuple(ids[:2]), first_date="2021-02-18", last_date="2021-02-27",
                         outlets=("Lenholm Herald", "Vantrell Post")),
                   Story(id="story_ab99ee00ff11", title="Lenholm council approves new budget",
                         article_ids=(ids[2],), first_date="2021-03-05", last_date="2021-03-05",
                         outlets=("Lenholm Herald",)))
        store.save_analysis(Analysis(articles=tuple(store.articles()), stories=stories))
    return str(path)


def cli(capsys, *args) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in args])
    except SystemExit as exc:  # argparse's usage errors
        code = exc.code
    out = capsys.readouterr()
    return code, out.out, out.err


def titles(out: str) -> list[str]:
    return [row["title"] for row in json.loads(out)]


def test_articles_outlet_in_any_case_and_until_a_month(db, capsys):
    code, out, _ = cli(capsys, "articles", "--db", db, "--outlet", "lenholm herald", "--json")
    assert code == 0 and len(titles(out)) == 2
    code, out, _ = cli(capsys, "articles", "--db", db, "--until", "2021-02", "--json")
    assert code == 0 and len(titles(out)) == 2  # the whole of February, the time of day too


def test_a_date_that_is_no_date_is_a_usage_error(db, capsys):
    code, _, err = cli(capsys, "articles", "--db", db, "--since", "yesterday")
    assert code == 2 and "'yesterday' is not a date" in err and "YYYY-MM-DD" in err
    code, _, err = cli(capsys, "stories", "--db", db, "--since", "2021/02/01")
    assert code == 2 and "is not a date" in err


def test_a_story_by_its_shown_id_a_short_prefix_or_title_words(db, capsys):
    for wanted in ("story_ab12cd34ef56", "story_ab12", "ab12", "ferry service"):
        code, out, err = cli(capsys, "story", wanted, "--db", db)
        assert code == 0, (wanted, err)
        assert out.startswith("Ferry service to Vantrell suspended")
    code, _, err = cli(capsys, "story", "ab", "--db", db)
    assert code == 2 and "E912" in err and "story_ab12cd34ef56" in err and "story_ab99ee00ff11" in err
    for command in ("story", "check", "framing"):  # one message, pointing at the command that lists them
        code, _, err = cli(capsys, command, "no such story", "--db", db)
        assert code == 2 and "run `newsprism stories` to list them" in err, command


def test_a_story_command_given_no_story_lists_them_to_pick_from(db, capsys):
    for command in ("story", "check", "framing"):
        code, out, err = cli(capsys, command, "--db", db)
        assert code == 0, (command, err)
        rows = {line.split()[0]: line for line in out.splitlines()[1:]}
        assert set(rows) == {"story_ab12cd34ef56", "story_ab99ee00ff11"}, command
        assert "Ferry service to Vantrell" in rows["story_ab12cd34ef56"], command
        assert f"give one: `newsprism {command} STORY`" in err, command
        code, out, _ = cli(capsys, command, "--db", db, "--json")
        listed = {r["id"]: (r["title"], r["articles"]) for r in json.loads(out)}
        assert listed["story_ab12cd34ef56"] == ("Ferry service to Vantrell suspended", 2), command


def test_a_story_that_matches_nothing_is_named_with_the_stories_there_are(db, capsys, tmp_path):
    for argv in (["story", "harbour strike"], ["check", "harbour strike"], ["framing", "harbour strike"],
                 ["report", "--story", "harbour strike", "--json", tmp_path / "r.json"]):
        code, out, err = cli(capsys, *argv, "--db", db)
        assert code == 2 and "no story matches 'harbour strike'" in err, argv
        assert "story_ab12cd34ef56   2 articles  Ferry service to Vantrell suspended" in err, argv
        assert "story_ab99ee00ff11    1 article  Lenholm council approves new budget" in err, argv
    assert not (tmp_path / "r.json").exists()
    empty = tmp_path / "empty.db"
    open_store(empty).close()
    code, out, err = cli(capsys, "framing", "--db", empty)
    assert code == 0 and out == "" and "holds no stories yet" in err and "newsprism ingest" in err
    code, _, err = cli(capsys, "story", "ferry", "--db", empty)
    assert code == 2 and "holds no stories yet" in err


def test_article_lists_show_the_published_date_readably(db, capsys):
    code, out, _ = cli(capsys, "articles", "--db", db)
    assert code == 0 and "2021-02-18 " in out and "T09:30" not in out  # known to the day: the day
    code, out, _ = cli(capsys, "articles", "--db", db, "--json")
    assert "2021-02-18T09:30:00" in out  # the machine value stays as stored
    code, out, _ = cli(capsys, "story", "ab12", "--db", db)
    assert "2021-02-18 " in out and "T09:30" not in out


def test_report_needs_an_output_and_takes_a_short_story_id(db, capsys, tmp_path):
    code, _, err = cli(capsys, "report", "--db", db)
    assert code == 2 and "E903" in err and "--html" in err
    out = tmp_path / "one.json"
    code, _, err = cli(capsys, "report", "--db", db, "--story", "ab99", "--json", out)
    assert code == 0, err
    assert f"1 article; 1 story, 0 claim groups, 0 quote groups; wrote {out}" in err  # not a silent success
    assert [s["id"] for s in json.loads(out.read_text())["stories"]] == ["story_ab99ee00ff11"]


def test_show_says_how_much_of_an_id_it_needs_and_errors_says_when_nothing_was_refused(db, capsys):
    with open_store(db, readonly=True) as store:
        first = store.articles()[0].id
    code, out, _ = cli(capsys, "show", first[:4], "--db", db)
    assert code == 0 and out.startswith("Ferry service to Vantrell suspended")
    code, _, err = cli(capsys, "show", first[:3], "--db", db)
    assert code == 2 and "E902" in err and "at least 4 characters" in err
    code, out, err = cli(capsys, "errors", "--db", db)
    assert code == 0 and out == "" and "no input was refused" in err


def test_export_to_a_parquet_name_writes_parquet(db, capsys, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "articles.parquet"
    code, _, err = cli(capsys, "export", "articles", out, "--db", db)
    assert code == 0 and "(parquet)" in err
    assert pq.read_table(out).num_rows == 3
    code, _, _ = cli(capsys, "export", "articles", tmp_path / "articles.jsonl", "--db", db)
    assert len((tmp_path / "articles.jsonl").read_text().splitlines()) == 3


def test_entity_types_in_any_case_and_unknown_ones_refused(db, capsys):
    code, _, _ = cli(capsys, "entities", "--db", db, "--type", "person")
    assert code == 0
    code, _, err = cli(capsys, "entities", "--db", db, "--type", "PEOPLE")
    assert code == 2 and "invalid choice" in err and "PERSON" in err


def test_a_db_that_is_no_store_is_named_with_the_reason(capsys, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("Olek Brand said the road would reopen.\n" * 40)
    code, _, err = cli(capsys, "articles", "--db", notes)
    assert code != 0 and "E701" in err and "notes.txt" in err and "not a newsprism store" in err


def test_outlets_filter_in_any_case_without_empty_periods(db, capsys):
    code, out, err = cli(capsys, "outlets", "--db", db, "--outlet", "vantrell post", "--by", "month", "--json")
    assert code == 0, err
    assert {period: [p["outlet"] for p in profiles] for period, profiles in json.loads(out).items()} == \
        {"2021-02": ["Vantrell Post"]}  # March had nothing of it: no empty table


def test_summary_lines_count_in_english():
    from newsprism.records import InputError
    from newsprism.runners.local import IngestResult, analysis_counts

    one = IngestResult(articles=[None], added=1, errors=[InputError("x.bin", "E104", "binary data")])
    assert one.summary == "1 article read (1 new, 0 already stored), 1 input refused"
    assert analysis_counts(Analysis(stories=(Story("s", "t", ()),))) == "1 story, 0 claim groups, 0 quote groups"


def test_an_outlet_typed_loosely_is_found_and_one_no_article_has_is_named_with_the_near_ones(db, capsys):
    # session 21: "--outlet ' lenholm  herald'" listed nothing; a name of no outlet printed a bare "(none)"
    code, out, _ = cli(capsys, "articles", "--db", db, "--outlet", " lenholm  HERALD ", "--json")
    assert code == 0 and len(titles(out)) == 2
    code, out, err = cli(capsys, "articles", "--db", db, "--outlet", "Lenholm Herlad")
    assert code == 0 and "(none)" in out and "no article from an outlet named 'Lenholm Herlad'" in err
    assert "near names: Lenholm Herald" in err and "Vantrell Post" not in err
    code, out, err = cli(capsys, "quotes", "--db", db, "--outlet", "Post", "--json")
    assert code == 0 and json.loads(out) == [] and "near names: Vantrell Post" in err  # the JSON stays JSON
    code, _, err = cli(capsys, "claims", "--db", db, "--article", "zzzz")
    assert code == 0 and "no article id starts with 'zzzz'" in err
    code, _, err = cli(capsys, "outlets", "--db", db, "--outlet", "vantrel post")
    assert code == 2 and "E922" in err and "near names: Vantrell Post" in err


def test_a_day_the_calendar_has_not_is_named_as_such_not_as_a_wrong_format(db, capsys):
    code, _, err = cli(capsys, "articles", "--db", db, "--since", "2021-02-30")
    assert code == 2 and "'2021-02-30': the calendar has no such month or day" in err  # was "not a date"


def test_every_command_help_says_what_it_does_and_what_each_option_is_for(capsys):
    # session 21: `newsprism ingest --help` (and 13 more) opened on the usage alone; quotes / claims --kind
    # listed their choices with no word on them
    import argparse

    from newsprism.cli import build_parser

    commands = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)).choices
    for name in commands:
        code, out, _ = cli(capsys, name, "--help")
        assert code == 0
        usage, description = out.split("\n\n")[:2]
        assert description[:1].isupper() and not description.startswith(("positional", "options")), name
        lacking = [a.option_strings for a in commands[name]._actions if a.help is None]
        assert not lacking, (name, lacking)


def test_report_json_dash_goes_to_standard_output_not_to_a_file_named_dash(db, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(capsys, "report", "--db", db, "--json", "-")
    assert code == 0 and json.loads(out)["schema"] == "newsprism/analysis" and "wrote standard output" in err
    assert not (tmp_path / "-").exists()  # was a 300 kB file named "-"
    code, _, err = cli(capsys, "report", "--db", db, "--json", "-", "--html", "-")
    assert code == 2 and "E903" in err and "only one" in err


def test_a_store_filled_without_analysis_says_to_reanalyze_not_to_ingest_again(capsys, tmp_path):
    path = tmp_path / "plain.db"
    text = "Olek Brand said the Lenholm road would reopen on Friday."
    with open_store(path) as store:
        raw = RawDocument(source="road.txt", fetched_at="2026-01-01T00:00:00+00:00", content_type="text/plain",
                          data=text.encode())
        store.add_document(raw, Article(id=article_id_for(raw.data), source=raw.source, outlet=None,
                                        outlet_found=None, title=None, byline=None, published=None,
                                        published_precision=None, published_found=None, language="en", text=text))
    for argv in (["stories"], ["story"], ["check", "road"]):
        code, out, err = cli(capsys, *argv, "--db", path)
        assert "holds 1 article but no stories yet (run `newsprism reanalyze`)" in err, argv  # said "ingest ... first"
