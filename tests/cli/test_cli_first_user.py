"""A first user's afternoon (session 17): a folder of plain-text articles with no outlet, no title and no
date, one saved twice, and an image named .txt, read through `ingest`, `articles`, `stories`, `story`,
`check`, `quotes` and `report --html`. Each surface names an article without an outlet by its file, says
why the count of outlets is what it is, and says what happened to every input given."""
import json
import re
from html import unescape

import first_user_corpus as corpus
import pytest
from cli_run import run

LONG_FOLDER = "saved-articles-about-the-harbour-crane-collapse-for-the-monday-piece"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    root = tmp_path_factory.mktemp("first-user")
    folder = corpus.write(root / LONG_FOLDER)
    db = root / "news.db"
    ingest = run("ingest", folder, "--db", db, check=1)  # 1: the image was refused
    report, document = root / "report.html", root / "report.json"
    run("report", "--db", db, "--html", report, "--json", document, check=0)
    return {"db": db, "ingest": ingest, "report": report.read_text(encoding="utf-8"),
            "json": json.loads(document.read_text(encoding="utf-8"))}


def cli(store, *args) -> str:
    return run(*args, "--db", store["db"], check=0).stdout


def test_ingest_says_which_input_repeated_another_instead_of_dropping_it_silently(store):
    err = store["ingest"].stderr
    assert "3 articles read (3 new, 0 already stored)" in err
    line = next(x for x in err.splitlines() if "articles read" in x)
    assert "1 repeated input kept once (" in line and "same text as" in line
    assert f"{corpus.COPY}: same text as " in line and line.count("quay-two.txt") == 2
    assert "[E104]" in err and "photo.txt" in err


def test_story_names_articles_without_an_outlet_by_their_file_and_says_no_date_once(store):
    out = cli(store, "story", "crane")
    for name in corpus.NAMES:
        assert f"unknown outlet {name}" in out
    assert "?" not in out.split("Articles (why each")[1]  # was "- 3002a1a30ff9  ?  undated"
    assert out.count("(no title)") == 3
    assert out.count("placed by content") == 3 and "[no-date" not in out  # the flag repeated the reason
    assert re.search(r"^outlets:\s+unknown$", out, re.M)


def test_check_legend_names_the_files_and_says_how_unknown_outlets_count(store):
    out = cli(store, "check", "crane")
    assert "3 articles · 3 outlets, 3 of them unknown (an article whose outlet was not found counts as an " \
           "outlet of its own)" in out
    legend = [x for x in out.splitlines() if re.match(r"\s+\d = ", x)]
    assert len(legend) == 3
    assert all(x.split(" = ")[1].startswith("unknown outlet (") for x in legend)
    for name in corpus.NAMES:
        assert sum(x.endswith(" " + name) for x in legend) == 1, legend


def test_quotes_and_claims_show_the_file_where_the_outlet_is_unknown_and_json_keeps_null(store):
    table = cli(store, "quotes")
    assert "(quay-one.txt)" in table and "(quay-three.txt)" in table
    assert all(q["outlet"] is None for q in json.loads(cli(store, "quotes", "--json")))
    assert "(quay-two.txt)" in cli(store, "claims")


def test_articles_keep_the_end_of_a_long_source_path_and_say_no_title(store):
    out = cli(store, "articles")
    rows = out.splitlines()[1:]
    assert len(rows) == 3
    assert all(r.rstrip().endswith(".txt") for r in rows)  # the file's name, not the folder's start
    assert all("(no title)" in r for r in rows)


def test_stories_table_says_unknown_outlets_and_json_keeps_the_list(store):
    row = cli(store, "stories").splitlines()[1]
    assert re.search(r"\s3\s+unknown\s", row), row  # was "3  0": no outlet for three articles
    assert json.loads(cli(store, "stories", "--json"))[0]["outlets"] == []


def _cells(html: str, tag: str, cls: str) -> list[str]:
    return [unescape(re.sub(r"<[^>]+>", "", m)) for m in re.findall(rf'<{tag} class="{cls}"[^>]*>(.*?)</{tag}>', html)]


def test_report_names_files_where_the_outlet_is_unknown_and_explains_the_outlet_count(store):
    page = store["report"]
    header = re.search(r'<header class="top">.*?</header>', page, re.S).group()
    assert "3 articles from 3 outlets (all unknown)" in unescape(header)  # was "from 0 outlets (3 with no …)"
    crosscheck = page.split('<section id="crosscheck">')[1].split("</section>")[0]
    heads = _cells(crosscheck, "th", "outlet")
    # session 20: named as every other place names them (the id "unknown outlet (05bf48d7) x.txt" is gone)
    assert sorted(heads) == sorted(f"unknown outlet {n}" for n in corpus.NAMES)
    assert "counts as an outlet of its own" in crosscheck
    quotes = page.split('<section id="extract">')[1].split("</section>")[0]
    assert "unknown outlet quay-one.txt</a>" in quotes and "(unknown outlet)" not in quotes
    members = page.split('<table class="st-members">')[1].split("</table>")[0]
    assert members.count("(no title)") == 3
    assert 'class="flag"' not in members  # "no-date: placed by content" is in the reason already


def test_each_article_without_an_outlet_has_its_own_profile_named_by_its_file(store):
    # second round: one "(unknown outlet)" profile mixed the three files (and could give no only-here count),
    # while the cross-check counts each file as an outlet of its own (quay-three.txt alone tells of the
    # released workers)
    out = cli(store, "outlets")
    table = out.split("\n\n")[0].splitlines()[1:]
    rows = {x.split()[2]: x.split() for x in table if x.startswith("unknown outlet ")}
    assert list(rows) == sorted(corpus.NAMES), out  # by file name, not by the id in their key
    assert [rows[n][3] for n in corpus.NAMES] == ["1", "1", "1"]  # articles: one each
    assert rows["quay-three.txt"][-1] == "1" and rows["quay-one.txt"][-1] == "0"
    assert "(unknown outlet)" not in out and "unknown outlet (" not in out
    assert "quay-one.txt" in cli(store, "outlets", "--outlet", "unknown outlet quay-one.txt")
    framing = cli(store, "framing", "crane")
    naming = framing.split("Naming (")[1].split("Findings (")[0]
    assert {n for n in corpus.NAMES if f"unknown outlet {n}" in naming} == set(corpus.NAMES)
    assert "(unknown outlet)" not in framing
    # JSON: keyed as the cross-check keys them, so only_here_claims is the cross-check's
    doc = store["json"]
    keys = {o for g in doc["claim_groups"] for o in g["supporting_outlets"]}
    assert {p["outlet"] for p in doc["outlets"]} == keys and len(keys) == 3
    assert {r["outlet"] for r in doc["naming"]} == keys
    lone = [g for g in doc["claim_groups"] if g["status"] == "single-source"]
    assert sum(len(p["only_here_claims"]) for p in doc["outlets"]) == sum(len(g["claim_ids"]) for g in lone) > 0
    framing_html = store["report"].split('<section id="framing">')[1].split("</section>")[0]
    heads = re.findall(r'<div class="profile"><h3>(.*?)</h3>', framing_html)
    assert sorted(heads) == sorted(f"unknown outlet {n}" for n in corpus.NAMES)
    assert "claims only it makes:</span> 1<" in framing_html and "see the cross-check" not in framing_html


def test_the_cross_check_explains_with_file_names_and_no_doubled_quotation_marks(store):
    explanations = [g["explanation"] for g in store["json"]["claim_groups"]]
    assert all("unknown outlet (" not in e for e in explanations), explanations  # was the id: "(3002a1a3)"
    assert any("unknown outlet quay-one.txt" in e for e in explanations)
    quoted = [e for e in explanations if "We have closed the north quay" in e]
    assert quoted and all('“"' not in e and "““" not in e for e in quoted), quoted  # was “"We have …”
    assert 'unknown outlet quay-one.txt: "We have closed the north quay' in quoted[0]
    details = cli(store, "check", "crane", "--details")
    assert "unknown outlet quay-two.txt" in details and '“"' not in details


def test_stories_leave_out_storylines_when_there_are_none(store):
    header = cli(store, "stories").splitlines()[0]
    assert "STORYLINE" not in header and "TITLE" in header  # was a column empty on every row
    assert "STORYLINE" not in run("check", "--db", store["db"], check=0).stdout
    intro = re.search(r'<section id="stories"><h2>[^<]*</h2><p>(.*?)</p>', store["report"]).group(1)
    assert "in 0 storylines" not in intro and "1 stories" not in intro
    assert intro.startswith("1 story (one real-world event each); no storyline (related events over time) found")


def test_the_title_of_a_story_of_untitled_texts_is_short_not_a_whole_sentence(store):
    title = json.loads(cli(store, "stories", "--json"))[0]["title"]
    # was the whole first sentence: "A crane collapsed on Tuesday at the Lenholm harbour and injured three
    # dock workers, the port authority said in a statement."
    assert title == "A crane collapsed on Tuesday at the Lenholm harbour and…"
    assert title in cli(store, "stories")  # whole in the table's title column


def test_output_paths_are_checked_before_the_work_and_refused_in_one_line(store, tmp_path):
    nested = tmp_path / "out" / "tables" / "claims.parquet"
    assert "rows of claims" in run("export", "claims", nested, "--db", store["db"], check=0).stderr
    assert nested.exists()  # its folders made, as `report --html` makes them
    folder = run("export", "claims", tmp_path, "--db", store["db"], check=2)
    assert f"[E905] {tmp_path} is a folder: give a file name in it, e.g. {tmp_path / 'claims.jsonl'}" in folder.stderr
    under_file = run("export", "claims", nested / "x.jsonl", "--db", store["db"], check=2)
    assert "[E906]" in under_file.stderr and "is a file, not a folder" in under_file.stderr
    for proc in (folder, under_file):
        assert "Traceback" not in proc.stderr
    # `analyze` refuses the folder at once, before reading and analysing the inputs
    early = run("analyze", tmp_path / "nothing-read-yet.txt", "--html", tmp_path, check=2)
    assert "[E905]" in early.stderr and "articles read" not in early.stderr


@pytest.mark.parametrize("bad", ["2021-13", "2021-02-30", "2021-00"])
def test_a_date_that_does_not_exist_is_refused_not_matched_against_nothing(bad, tmp_path):
    proc = run("articles", "--since", bad, "--db", tmp_path / "none.db", check=2)
    assert f"'{bad}': the calendar has no such month or day" in proc.stderr  # the format was right


def test_show_and_the_report_name_who_wrote_a_reader_comment_as_the_web_ui_does():
    from newsprism.cli.core import render_article_text
    from newsprism.records import Analysis, Article, Comment
    from newsprism.report.html import render_report

    article = Article(id="c0ffee0000000001", source="pasted.txt", outlet=None, outlet_found=None,
                      title="Quay closed", byline=None, published=None, published_precision=None,
                      published_found=None, language="en", text="The north quay was closed on Tuesday.",
                      comments=(Comment("Who checked the crane?", "2 hours ago", "Olek Brand"),
                                Comment("Sad news.", None, "Mara <b>Quist</b>"), Comment("No name here.")))
    shown = render_article_text(article)
    assert "[Olek Brand · 2 hours ago] Who checked the crane?" in shown
    assert "[Mara <b>Quist</b>] Sad news." in shown and "[undated] No name here." in shown
    page = render_report(Analysis(articles=(article,)))
    assert "Olek Brand · 2 hours ago:</span> Who checked the crane?" in page
    assert "Mara &lt;b&gt;Quist&lt;/b&gt;:</span> Sad news." in page and "<b>Quist" not in page


def test_story_names_the_articles_of_a_copy_by_outlet_or_file_not_by_id_alone():
    from newsprism.cli.stories import render_story_text
    from newsprism.records import Article, Duplicate, Membership, Span, Story

    def art(aid, outlet, source):
        return Article(id=aid, source=source, outlet=outlet, outlet_found=None, title=None, byline=None,
                       published=None, published_precision=None, published_found=None, language="en",
                       text="The north quay was closed on Tuesday after the crane fell.")
    a, b = art("aaaa1111bbbb2222", "Lenholm Gazette", "saved/gazette.html"), art("cccc3333dddd4444", None,
                                                                                 "saved/pasted copy.txt")
    story = Story(id="story_q", title="Quay closed", article_ids=(a.id, b.id),
                  members=tuple(Membership(x.id, 0.9, (), "mean similarity 0.90 to the other 1 article")
                                for x in (a, b)))
    copy = Duplicate(a=a.id, b=b.id, share=1.0, passages=((Span(a.id, 0, 30), Span(b.id, 0, 30)),),
                     kind="near-duplicate", earlier=a.id)
    out = render_story_text(story, [a, b], [], [copy])
    assert ("- Lenholm Gazette (aaaa1111bbbb) / pasted copy.txt (cccc3333dddd): near-duplicate, 100% of the "
            "shorter text, 1 passage; Lenholm Gazette (aaaa1111bbbb) was first") in out
    assert "- cccc3333dddd  unknown outlet pasted copy.txt  undated  (no title)" in out


def test_story_says_what_ties_its_storyline_in_the_reports_words():
    from newsprism.cli.stories import render_story_text
    from newsprism.records import Story, Storyline

    chapters = (Story(id="story_in", title="Whitfield checks into Brennick Clinic", article_ids=(),
                      first_date="2024-03-01", storyline_id="line_w"),
                Story(id="story_out", title="Whitfield leaves Brennick Clinic", article_ids=(),
                      first_date="2024-04-12", storyline_id="line_w"))
    line = Storyline("line_w", ("story_in", "story_out"), ("Dana Whitfield", "Brennick Clinic"))
    out = render_story_text(chapters[1], [], list(chapters), [], line)
    assert ("Part of a storyline of 2 stories tied by Dana Whitfield, Brennick Clinic "
            "(line_w, in time order):") in out
    assert "* 2024-04-12  story_out  Whitfield leaves Brennick Clinic" in out


def test_a_filter_that_matches_nothing_says_so_under_the_header(store):
    out = cli(store, "quotes", "--speaker", "Vantrell")
    assert out.splitlines()[0].startswith("ARTICLE") and out.splitlines()[1:] == ["(none)"]
    assert json.loads(cli(store, "quotes", "--speaker", "Vantrell", "--json")) == []


def test_a_story_of_one_outlet_says_why_every_claim_is_single_source():
    from newsprism.cli.crosscheck import render_matrix
    from newsprism.crosscheck.matrix import story_matrix
    from newsprism.records import Analysis, Article, ClaimGroup, Span, Story
    from newsprism.report.sections.crosscheck import render

    text = "The north quay was closed on Tuesday. Two cranes were checked."
    article = Article(id="dd00dd00dd00dd00", source="gazette.html", outlet="Lenholm Gazette", outlet_found="meta",
                      title="Quay closed", byline=None, published="2024-03-05", published_precision="day",
                      published_found="meta", language="en", text=text)
    story = Story(id="story_one", title="Quay closed", article_ids=(article.id,), outlets=("Lenholm Gazette",))
    group = ClaimGroup("g1", "story_one", ("c1",), "single-source", ("Lenholm Gazette",), (), 1,
                       "Single source: only Lenholm Gazette states this.", (Span(article.id, 0, 37),), text[:37])
    analysis = Analysis(articles=(article,), stories=(story,), claim_groups=(group,))
    out = render_matrix(story_matrix(story, analysis), width=120)
    assert ("undated · 1 article · 1 outlet (only one outlet tells this story, so every claim is "
            "single-source until an article of another outlet joins it)") in out
    assert "0 contested · 0 corroborated · 1 single-source (only one outlet tells this story" in render(analysis)
