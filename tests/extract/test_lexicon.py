"""The alias file's one pattern: every name where it stands, the longest first, capitals-only names by case."""
from newsprism.extract.lexicon import alias_pattern


def _found(aliases, text: str) -> list[str]:
    return [m.group() for m in alias_pattern(str(aliases)).finditer(text)]


def test_alias_names_are_found_longest_first_whatever_letter_they_start_with(tmp_path):
    aliases = tmp_path / "mine.tsv"
    aliases.write_text("Vantrell Relief Agency\tORG\tVRA | Vantrell Relief | Vantrell\n"
                       "Lenholm Water Board\tORG\tLWB | Lenholm Water\n", encoding="utf-8")
    text = ("The Vantrell Relief Agency met vantrell relief staff and the VRA's partners; the vra did not. "
            "Lenholm Water, LWB-backed Vantrell-Lenholm groups and Vantrell agreed.")
    assert _found(aliases, text) == ["Vantrell Relief Agency", "vantrell relief", "VRA", "Lenholm Water",
                                     "Vantrell"]


def test_an_alias_opening_with_a_letter_outside_ascii_is_found_too(tmp_path):
    aliases = tmp_path / "mine.tsv"
    aliases.write_text("Ølvik Port Authority\tORG\tØlvik Port\n", encoding="utf-8")
    assert _found(aliases, "Ships left ølvik port and the Ølvik Port Authority said so.") == [
        "ølvik port", "Ølvik Port Authority"]
