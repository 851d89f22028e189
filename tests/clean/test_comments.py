"""Comment sections: form furniture set aside, each reader comment with its author and date."""
from newsprism.clean.comments import parse_comment_section


def test_date_headers_start_comments_and_ambiguous_dates_stay_as_written():
    lines = ["18-02-21 21:33", "", "The same story every year.", "19-02-21 02:22", "", "Nobody asked the crews."]
    section = parse_comment_section(lines)
    assert [r for r, _ in section.lines] == ["comments", "removed", "comments", "comments", "removed", "comments"]
    assert [(c.date, c.text) for c in section.comments] == [
        ("18-02-21 21:33", "The same story every year."), ("19-02-21 02:22", "Nobody asked the crews.")]


def test_a_known_article_date_resolves_two_digit_comment_dates():
    lines = ["18-02-21 21:33", "The same story every year."]
    section = parse_comment_section(lines, now="2021-03-01T00:00:00Z", not_before="2021-02-01")
    assert section.comments[0].date == "2021-02-18T21:33:00"


def test_author_lines_says_lines_and_reply_buttons():
    lines = ["Pia Sorn says:", "March 3, 2022 at 9:12 pm", "About time, the crews waited long enough.", "Reply",
             "Juno Pell", "12.05.2022 18:40", "Another delay.", "Like", "3",
             "olek_b 2 hours ago", "The operator will not move."]
    section = parse_comment_section(lines)
    assert [(c.author, c.date, c.text) for c in section.comments] == [
        ("Pia Sorn", "2022-03-03T21:12:00", "About time, the crews waited long enough."),
        ("Juno Pell", "2022-05-12T18:40:00", "Another delay."),
    ] + [(c.author, c.date, c.text) for c in section.comments[2:]]
    assert section.comments[-1].text == "The operator will not move."
    assert dict(zip(lines, section.lines))["Reply"][0] == "removed"
    assert dict(zip(lines, section.lines))["Like"][0] == "removed"


def test_form_lines_are_removed_with_reasons():
    lines = ["Leave a Reply", "Your email address will not be published.", "Comment *", "seventeen − 16 =",
             "Post Comment", "Loading Facebook Comments ..."]
    section = parse_comment_section(lines)
    assert section.comments == ()
    assert all(role == "removed" and why for role, why in section.lines)
    assert section.lines[3][1] == "comment form: captcha"


def test_a_comment_without_header_is_a_comment_of_its_own():
    section = parse_comment_section(["Great piece, thanks.", "I disagree with every word of it."])
    assert [c.text for c in section.comments] == ["Great piece, thanks.", "I disagree with every word of it."]
    assert all(c.author is None and c.date is None for c in section.comments)
