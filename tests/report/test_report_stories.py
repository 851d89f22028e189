"""The report's stories section: one section per story, its copies and storyline, all text escaped."""
from newsprism.records import Analysis, Article, Duplicate, Membership, Span, Story, Storyline
from newsprism.report.html import render_report
from newsprism.report.sections.stories import render

EVIL = '<script>alert(1)</script>'


def art(aid, outlet, title, text, published):
    return Article(id=aid, source=f"{aid}.txt", outlet=outlet, outlet_found="meta", title=title, byline=None,
                   published=published, published_precision="day", published_found="meta", language="en",
                   text=text)


def analysis():
    a = art("a1", "Wire " + EVIL, "Bridge falls " + EVIL, "The bridge fell into the river at dawn.", "2024-03-05")
    b = art("b1", "Copycat", "Bridge falls", "The bridge fell into the river at dawn.", "2024-03-06")
    c = art("c1", "Herald", "Cracks found in bridge", "Engineers found cracks.", "2022-06-09")
    d = art("d1", "Mercury", "Ferry strike", "Ferry crews walked out.", None)
    late = Story(id="story_late", title=a.title, article_ids=("a1", "b1"), first_date="2024-03-05",
                 last_date="2024-03-06", outlets=(a.outlet, "Copycat"), key_entities=("Korsa " + EVIL,),
                 storyline_id="sl", members=(Membership("a1", 0.9, ("Korsa",), "mean similarity 0.90 " + EVIL),
                                             Membership("b1", 0.9, ("Korsa",), "mean similarity 0.90")))
    early = Story(id="story_early", title=c.title, article_ids=("c1",), first_date="2022-06-09",
                  last_date="2022-06-09", outlets=("Herald",), storyline_id="sl",
                  members=(Membership("c1", 1.0, (), "the only article of this story"),))
    alone = Story(id="story_alone", title=d.title, article_ids=("d1",), outlets=("Mercury",),
                  members=(Membership("d1", 1.0, (), "the only article of this story", ("no-date: placed by content",)),))
    dup = Duplicate(a="a1", b="b1", share=1.0, passages=((Span("a1", 0, 38), Span("b1", 0, 38)),),
                    kind="near-duplicate", earlier="a1")
    return Analysis(articles=(a, b, c, d), stories=(early, late, alone), duplicates=(dup,),
                    storylines=(Storyline("sl", ("story_early", "story_late"), ("Korsa",)),))


def test_one_section_per_story_with_copies_storyline_and_flags():
    html = render(analysis())
    assert html.count('class="st-story"') == 3
    for sid in ("story_early", "story_late", "story_alone"):
        assert f'id="story-{sid}"' in html
    assert "near-duplicate, 100% of the shorter text" in html and "was published first" in html
    assert "The bridge fell into the river at dawn" in html  # the shared passage, quoted
    assert 'href="#story-story_early"' in html and "tied by Korsa" in html
    assert "no-date: placed by content" in html and "undated" in html
    assert "2024-03-05 to 2024-03-06" in html


def test_everything_is_escaped_and_the_report_lists_stories_first():
    page = render_report(analysis())
    assert "<script" not in page and "&lt;script&gt;" in page
    assert page.index('id="stories"') < page.index('id="articles"')
    assert render(Analysis()) == ""


def test_an_article_without_an_outlet_is_named_by_its_input_not_by_its_title_in_the_outlet_column():
    a = Article(id="n1", source="saved/pasted <img src=x onerror=alert(1)>.txt", outlet=None, outlet_found=None,
                title="Harbour crane collapses", byline=None, published=None, published_precision=None,
                published_found=None, language="en", text="A crane fell onto the quay.")
    story = Story(id="s1", title=a.title, article_ids=("n1",),
                  members=(Membership("n1", 1.0, (), "the only article of this story"),))
    html = render(Analysis(articles=(a,), stories=(story,)))
    outlet_cell = html.split('<table class="st-members">')[1].split("<td>")[1]
    assert "unknown outlet" in outlet_cell and "Harbour crane collapses" not in outlet_cell
    assert "pasted &lt;img src=x onerror=alert(1)&gt;.txt" in outlet_cell and "<img" not in html


def test_counts_read_as_english_one_shared_passage_not_passages():
    from newsprism.records import counted

    html = render(analysis())
    assert "of the shorter text in 1 shared passage;" in html and "(s)" not in html  # was "1 shared passage(s)"
    assert [counted(1, "entity"), counted(2, "entity"), counted(2, "day"), counted(0, "copy"), counted(3, "match")] \
        == ["1 entity", "2 entities", "2 days", "0 copies", "3 matches"]
