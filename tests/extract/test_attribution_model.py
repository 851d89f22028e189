"""The trained attribution model (extract/attribution_model.py) on invented sentences through the real
parse: it loads, finds stance verbs the rules do not know with the subject as source, leaves plain
events alone, and gives the same answer every time."""
import json

import numpy as np
import pytest

from newsprism import nlp
from newsprism.errors import NewsprismError
from newsprism.extract import extract_articles
from newsprism.extract.attribution_model import (DENSE_PARTS, MODEL_FILE, AttributionModel, attribution_parts, context, dense_parts,
                                                  load_model, refine, rule_features)
from newsprism.extract.cues import SPEECH_VERBS
from newsprism.extract.entities import find_mentions
from newsprism.extract.quotes import find_attributions
from newsprism.records import Article


def _article(text: str) -> Article:
    return Article(id="m1", source="m.txt", outlet="Test", outlet_found=None, title=None, byline=None,
                   published=None, published_precision=None, published_found=None, language="en", text=text)


def _both(text: str):
    doc = nlp.parse_one(text)
    found = find_mentions(doc, None)
    rules = find_attributions(doc, found)
    return rules, refine(doc, found, list(rules))


def test_the_shipped_model_loads_with_sane_thresholds_and_no_names_in_its_features():
    model = load_model()
    assert 0.0 < model.add_threshold <= 1.0 and 0.0 <= model.drop_threshold < model.add_threshold
    assert len(model.weights) > 100
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert data["fitted_on"].startswith("PolNeAR train/ only")
    # features are parse facts (labels, lemmas, buckets): single tokens, never a stretch of text
    assert all(" " not in name for name in model.weights)


@pytest.mark.parametrize("text, cue, lemma, source, content", [
    ("Senator Alma Reyes likened the new levy to a tax on bread.", "likened", "liken", "Senator Alma Reyes",
     "the new levy to a tax on bread"),
    ("The union leader hailed the agreement as a victory for the workers.", "hailed", "hail", "The union leader",
     "the agreement as a victory for the workers"),
])
def test_a_stance_verb_the_rules_do_not_know_becomes_an_attribution_of_its_subject(text, cue, lemma, source,
                                                                                     content):
    rules, refined = _both(text)
    assert lemma not in SPEECH_VERBS
    assert not any(a.cue_text == cue for a in rules)  # the rules miss it
    hits = [a for a in refined if a.cue_text == cue]
    assert len(hits) == 1
    att = hits[0]
    assert text[att.source[0]:att.source[1]] == source
    assert [text[s:e] for s, e in att.contents] == [content]
    assert att.kind == "indirect"


def test_a_plain_event_is_not_an_attribution():
    rules, refined = _both("The storm destroyed three bridges near the harbour on Monday.")
    assert rules == [] and refined == []


def test_the_model_keeps_a_plain_said_quote_and_its_speaker():
    text = "“The gates will open at noon,” harbour master Mira Holt said on Tuesday."
    ext = extract_articles([_article(text)])[0]
    direct = [q for q in ext.quotes if q.kind == "direct"]
    assert len(direct) == 1 and direct[0].speaker == "Mira Holt"


def test_extraction_with_the_model_is_deterministic():
    text = ("Councillor Dara Voss repudiated the claims made by the developers. The mayor disputed the "
            "figures in the council report, and harbour officials lashed out at the engineers.")
    first = extract_articles([_article(text)])[0].quotes
    second = extract_articles([_article(text)])[0].quotes
    assert first == second
    # none of the three verbs is in the rules' cue lists: the model's finds (which ones can move by a refit:
    # "repudiated" is a rare verb, judged against the stricter unseen-verb threshold, and after session 12's
    # refit "lashed out" sits at 0.449 against the add threshold 0.45)
    assert "disputed" in {q.cue for q in first}


def test_an_unreadable_model_file_is_a_clear_error_naming_the_file(tmp_path):
    bad = tmp_path / "attribution_model.json"
    bad.write_text("{\"weights\": {}}", encoding="utf-8")
    with pytest.raises(NewsprismError) as err:
        load_model(bad)
    assert err.value.code == "E305" and str(bad) in str(err.value)


@pytest.mark.parametrize("text, cue, inner", [
    ("The city council voted to demand that the mining company leave the valley.", "voted", "demand"),
    ("The regional assembly asked the federal army to withdraw its troops from the border.", "asked", "withdraw"),
])
def test_a_verb_borrowing_the_subject_inside_a_report_is_not_a_second_attribution(text, cue, inner):
    _, refined = _both(text)
    cues = [a.cue_text for a in refined]
    assert cue in cues, cues  # the one speech act ...
    assert inner not in cues, cues  # ... not repeated by the verb it reports


@pytest.mark.parametrize("text, cue, copula", [
    ("Marek Voss was wary of the new toll on the bridge.", "wary", "was"),
    ("The harbour master is confident that the ferries will run in May.", "confident", "is"),
])
@pytest.mark.parametrize("permissive", [False, True])
def test_a_copula_over_a_stance_word_is_not_a_second_attribution(text, cue, copula, permissive):
    # whatever the model thinks of the copula (a model that adds every candidate included), the stance
    # is reported once, by the word that carries it
    doc = nlp.parse_one(text)
    found = find_mentions(doc, None)
    rules = find_attributions(doc, found)
    assert [a.cue_text for a in rules] == [cue]
    model = AttributionModel({}, 10.0, 0.5, 0.0, 0.5) if permissive else None
    cues = [a.cue_text for a in refine(doc, found, list(rules), model)]
    assert cues.count(cue) == 1 and copula not in cues, cues
    if not permissive:
        assert cues == [cue], cues


_CONTINUED = ('Mayor Ilse Varga said on Monday that the bridge over the canal would reopen in May.\n\n'
              '"Every week of delay costs the market stalls their best customers and the city its rents."')


def _cueless(text: str, model: AttributionModel):
    doc = nlp.parse_one(text)
    found = find_mentions(doc, None)
    rules = find_attributions(doc, found)
    quote = text.index('"Every')
    ruled = [a for a in rules if a.contents[0][0] == quote]
    refined = [a for a in refine(doc, found, list(rules), model) if a.contents[0][0] == quote]
    return ruled, refined


@pytest.mark.parametrize("weight, speaker", [(-10.0, None), (10.0, "Ilse Varga")])
def test_a_quotation_given_to_the_previous_speaker_is_judged_and_keeps_its_words_when_rejected(weight, speaker):
    model = AttributionModel({"o=nocue": weight}, 0.0, add_threshold=1.01, drop_threshold=0.5)
    ruled, refined = _cueless(_CONTINUED, model)
    # the rules give the paragraph-long quotation, which has no verb of its own, to the mayor
    assert len(ruled) == 1 and ruled[0].cue_token is None and ruled[0].speaker == "Ilse Varga"
    # the model judges it like any other attribution; rejected, the quoted words stay, with no speaker
    assert len(refined) == 1 and refined[0].kind == "direct"
    assert refined[0].speaker == speaker and (refined[0].source is None) == (speaker is None)
    assert refined[0].contents == ruled[0].contents


def test_a_cueless_attribution_is_described_by_its_source_and_where_it_sits():
    doc = nlp.parse_one(_CONTINUED)
    found = find_mentions(doc, None)
    rules = find_attributions(doc, found)
    cueless = next(a for a in rules if a.cue_token is None)
    feats = rule_features(doc, cueless, context(doc, found, rules), found)
    assert "o=nocue" in feats and "nocue|se=PERSON" in feats
    assert "nocue|rel=before" in feats and "nocue|gapnl=y" in feats  # named in the paragraph before


def test_a_verb_the_model_has_no_weight_for_needs_more_evidence():
    model = AttributionModel({"l=say": 0.0, "c:that": 0.3}, 0.0, add_threshold=0.5, drop_threshold=0.1,
                             unseen_add_threshold=0.7)
    features = ["c:that"]  # probability 0.57: over the usual threshold, under the one for unknown verbs
    assert model.adds(features, "say")
    assert not model.adds(features, "spy")
    assert model.adds(["c:that"] * 4, "spy")  # enough other evidence still makes it one


def test_a_model_file_without_the_unseen_threshold_uses_the_usual_one(tmp_path):
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    data.pop("unseen_add_threshold", None)
    path = tmp_path / "old_model.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    old = load_model(path)
    assert old.unseen_add_threshold == old.add_threshold
    shipped = load_model()
    assert shipped.add_threshold <= shipped.unseen_add_threshold <= 1.0


def test_the_shipped_model_reads_the_parse_vectors_of_cue_source_and_content():
    model = load_model()
    width = nlp.parse_one("A word.").tensor.shape[1]
    assert len(model.dense) == DENSE_PARTS and all(len(m) == len(w) == width for m, w in model.dense)
    doc = nlp.parse_one("Mayor Ilse Varga said the bridge over the canal would reopen in May.")
    found = find_mentions(doc, None)
    att = next(a for a in find_attributions(doc, found) if a.cue_text == "said")
    parts = attribution_parts(doc, att)
    assert all(p is not None and p.shape == (width,) for p in parts[:6])
    assert parts[6] is None  # "said" heads its sentence: no word it hangs on
    # the vectors are the parse's own: the cue's is the tensor row of "said"
    assert (parts[0] == doc.tensor[att.cue_token]).all()
    # the sentence's part is the mean of its rows; the source's, of the rows of "Mayor Ilse Varga"
    assert np.allclose(parts[3], doc.tensor.mean(axis=0))
    assert np.allclose(parts[4], doc.tensor[0:3].mean(axis=0))
    # they move the probability; without them (a parse that kept no vectors) the sparse part decides
    feats = rule_features(doc, att, context(doc, found, [att]), found)
    assert model.probability(feats, parts) != model.probability(feats, None)
    assert model.probability(feats, [None] * DENSE_PARTS) == model.probability(feats)


def test_a_parse_without_vectors_still_extracts_the_same_speaker():
    # a Doc read back from a DocBin has no tensor: the dense part is skipped, never an error
    from spacy.tokens import DocBin

    text = "Mayor Ilse Varga said on Monday that the bridge over the canal would reopen in May."
    doc = nlp.parse_one(text)
    bare = next(DocBin(docs=[doc]).get_docs(nlp.spacy_pipeline().vocab))
    assert bare.tensor.size == 0
    assert dense_parts(bare, 2, (0, 15), [(21, 40)]) == [None] * DENSE_PARTS
    found = find_mentions(bare, None)
    refined = refine(bare, found, list(find_attributions(bare, found)))
    assert [(a.cue_text, text[a.source[0]:a.source[1]]) for a in refined] == [("said", "Mayor Ilse Varga")]


def test_dense_weights_point_the_probability_the_way_they_were_fitted():
    mean, weight = np.zeros(4, dtype=np.float32), np.array([1.0, 0, 0, 0], dtype=np.float32)
    model = AttributionModel({}, 0.0, 0.5, 0.1, 0.5, dense=((mean, weight),))
    assert model.probability([], [np.array([2.0, 0, 0, 0])]) > 0.85
    assert model.probability([], [np.array([-2.0, 0, 0, 0])]) < 0.15
    assert model.probability([], [None]) == 0.5
