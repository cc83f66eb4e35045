"""The program's German keeps to its glossary (resources/translations/glossary.yaml): no German
text uses a word the glossary rules out, and each English term has one German name in every
source (scripts/glossary.py does the checking)."""

from __future__ import annotations

from scripts import glossary as gl


def test_no_german_text_uses_a_word_the_glossary_rules_out() -> None:
    assert gl.forbidden_words() == []


def test_each_glossary_term_has_the_same_german_name_in_every_source() -> None:
    assert gl.inconsistent_terms() == []


def test_every_german_text_source_is_read() -> None:
    sources = {text.source for text in gl.german_texts()}
    assert {
        "resources/translations/coopbuilder_de.ts",
        "resources/texts/de.yaml",
        "resources/texts/messages.de.yaml",
        "resources/help/de.md",
        "resources/presets/de.yaml",
        "resources/catalogue.yaml",
        "resources/catalogue_v1.yaml",
        "resources/demo/de.yaml",
        "resources/demo/history-de.yaml",
        "agreement_templates/de/06-triggers.yaml",
    } <= sources
    catalogue = [t for t in gl.german_texts() if t.source == "resources/catalogue.yaml"]
    assert catalogue and all("Trust" not in t.text for t in catalogue)  # only the German values


# -- the checks find what they should, and only that -----------------------------------------


def _faults(text: str, source: str = "resources/help/de.md") -> list[str]:
    return gl.forbidden_words([gl.Text(source, "here", text)], gl.load())


def test_a_ruled_out_word_is_found_with_its_place() -> None:
    assert _faults("Bericht zur Bereitschaft speichern") == [
        "resources/help/de.md: here: 'Bereitschaft' is a word the glossary rules out for "
        "'readiness (assessment, report)' (Bereitschaft)"
    ]
    assert len(_faults("Kooperationsbereitschaft")) == 1  # inside a compound as well


def test_the_scan_knows_word_boundaries_and_related_words() -> None:
    # the on-call service, the deputy, the representative, informing, the receiving party
    fine = (
        "Die Koordination der Rufbereitschaft. Die Stellvertretung der Ansprechperson. Die "
        "vertretungsberechtigte Person. Die Partei teilt dies der anderen Partei mit. Die "
        "empfangende Partei. Die Kontaktliste. Die Partner treffen sich. Innerhalb von 30 Tagen "
        "fällig."
    )
    assert _faults(fine) == []
    wrong = {
        "Noch keine Vertretung": "Vertretung",
        "Vertretungen benennen": "Vertretungen",
        "Die Niederschrift der Überprüfung": "Niederschrift",
        "Ankreuzen, wenn": "Ankreuz",
        "Kreuzen Sie jede Person an": "Kreuzen",
        "der Kontakt „Anna“": "Kontakt",
        "In {days} Tagen fällig": "In {days} Tagen",
        "Daten teilen": "teilen",
        "ein Treffen": "Treffen",
        "NICHT FÜR DEN ECHTEN EINSATZ": "ECHTEN EINSATZ",
    }
    for text, word in wrong.items():
        faults = _faults(text)
        assert len(faults) == 1 and f"{word!r} is a word" in faults[0], text


def test_an_exception_excuses_its_own_passage_only() -> None:
    glossary = gl.load()
    (exception,) = [
        e
        for e in glossary.exceptions
        if "Kontakt zu ihnen" in e.text and e.source == "resources/catalogue.yaml"
    ]
    passage = f"Und {exception.text} aufnehmen. Der Kontakt „Anna“."
    faults = gl.forbidden_words([gl.Text(exception.source, "x", passage)], glossary)
    assert len(faults) == 1 and "'Kontakt' is a word" in faults[0]
    # elsewhere the same passage is a fault
    faults = gl.forbidden_words([gl.Text("resources/help/de.md", "x", passage)], glossary)
    assert len(faults) == 2
    # an exception whose passage is gone is reported, so that the list stays short
    faults = gl.forbidden_words([gl.Text(exception.source, "x", "Kein Wort davon.")], glossary)
    assert faults == [
        f"glossary.yaml: the exception {exception.text!r} in {exception.source} matches nothing "
        "any more; remove it"
    ]


def test_another_german_name_for_a_term_is_found() -> None:
    glossary = gl.load()
    pair = gl.Pair("resources/texts/de.yaml", "fields.contact.deputy_id", "Deputy", "Vertretung")
    faults = gl.inconsistent_terms([pair], glossary)
    assert len(faults) == 1 and "uses 'deputy' in English" in faults[0]
    good = gl.Pair(pair.source, pair.where, "Deputy", "Stellvertretung")
    code = gl.Pair("x.yaml", "clauses[triggers.risk].id", "triggers.risk", "triggers.risk2")
    placeholder = gl.Pair("x.yaml", "a", "Hello {deputy}", "Hallo {deputy}")
    assert gl.inconsistent_terms([good, code, placeholder], glossary) == []


def test_an_exception_for_one_text_excuses_that_text_only() -> None:
    glossary = gl.load()
    (exception,) = [e for e in glossary.exceptions if e.where]
    english = "exchange about people who are not clients"
    excused = gl.Pair(exception.source, exception.where, english, "Personen, die weder beraten")
    other = gl.Pair(exception.source, "scope", english, "Personen, die weder beraten")
    faults = gl.inconsistent_terms([excused, other], glossary)
    assert len(faults) == 1 and faults[0].startswith(f"{exception.source}: scope: uses 'client'")
    assert gl.inconsistent_terms([other], glossary)[-1] == (
        f"glossary.yaml: the exception for {exception.where!r} in {exception.source} is not "
        "needed any more"
    )
