"""The clause library: validated on load, errors name the file, the clause and the line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.messages import message_in
from coopbuilder.core.resources import template_path
from coopbuilder.documents.agreement import render_agreement
from coopbuilder.documents.templates import TemplateError, clause_library, load_library
from tests.documents.pdfs import flat, pdftotext


@pytest.fixture
def library_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "templates" / "en"
    shutil.copytree(template_path("en"), folder)
    return folder


def _line_of(file: Path, needle: str) -> int:
    for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_the_shipped_library_loads() -> None:
    library = clause_library("en")
    assert len(library.body) == 15  # the fourteen parts of the brief, and the final provisions
    assert [a.id for a in library.annexes] == [
        "contacts",
        "sharing_matrix",
        "disclosure_log",
        "readiness",
        "review_record",
        "open_questions",
    ]
    assert set(library.review_report) >= {"kind", "calendar_summary"}


def test_a_jinja_error_names_file_clause_and_line(library_copy: Path) -> None:
    file = library_copy / "05-sharing.yaml"
    text = file.read_text(encoding="utf-8")
    assert "<b>Never shared.</b>" in text
    file.write_text(
        text.replace("<b>Never shared.</b>", "<b>Never shared.</b> {% frob %}"), "utf-8"
    )
    line = _line_of(file, "{% frob %}")
    with pytest.raises(TemplateError) as error:
        load_library(library_copy)
    message = str(error.value)
    assert str(file) in message
    assert "clause 'sharing.never'" in message
    assert f"line {line}" in message
    assert "frob" in message


def test_an_unknown_field_names_file_clause_and_line(library_copy: Path) -> None:
    file = library_copy / "12-dpia.yaml"
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace("    when: not dpia.required\n", "    whenn: x\n", 1), "utf-8")
    line = _line_of(file, "whenn: x")
    with pytest.raises(TemplateError) as error:
        load_library(library_copy)
    assert f"{file}, line {line}, clause 'dpia.not_required'" in str(error.value)
    assert "whenn" in str(error.value)
    assert message_in(error.value, "de").startswith(  # the place and the problem in German
        f"{file}, Zeile {line}, Klausel „dpia.not_required“: "
    )
    assert "whenn: ist kein bekanntes Feld" in message_in(error.value, "de")


def test_broken_yaml_names_the_line(library_copy: Path) -> None:
    file = library_copy / "09-meetings.yaml"
    file.write_text("id: meetings\nheading: [unclosed\n", "utf-8")
    with pytest.raises(TemplateError, match=r"09-meetings.yaml, line 3: not valid YAML"):
        load_library(library_copy)


def test_an_unknown_field_is_refused_on_load_with_file_clause_and_line(
    library_copy: Path,
) -> None:
    file = library_copy / "13-review.yaml"
    text = file.read_text(encoding="utf-8")
    file.write_text(
        text.replace("{{ agreement.version }} of the", "{{ agreement.versoin }} of the")
    )
    line = _line_of(file, "agreement.versoin")
    with pytest.raises(TemplateError) as error:
        load_library(library_copy)
    message = str(error.value)
    assert str(file) in message
    assert "clause 'review.version'" in message and f"line {line}" in message
    assert "'agreement.versoin'" in message and "did you mean 'agreement.version'" in message


def test_an_unknown_name_in_a_clause_the_demo_never_uses_is_refused_on_load(
    library_copy: Path,
) -> None:
    file = library_copy / "10-further-actors.yaml"
    text = file.read_text(encoding="utf-8")
    file.write_text(
        text.replace("No further actor is involved at present.", "{{ partnr.name }} alone."),
        "utf-8",
    )
    line = _line_of(file, "partnr.name")
    with pytest.raises(TemplateError) as error:
        load_library(library_copy)
    message = str(error.value)
    assert f"10-further-actors.yaml, line {line}, clause 'further_actors.none'" in message
    assert "'partnr'" in message and "did you mean 'partners'" in message


@pytest.mark.parametrize(
    ("name", "old", "new", "unknown"),
    [
        # a field of a loop variable: the rule of a list of sharing rules
        ("05-sharing.yaml", "{{ rule.category }} ({{", "{{ rule.categroy }} ({{", "rule.categroy"),
        # a field two steps down: the sender of a rule is a partner
        ("05-sharing.yaml", "rule.sender.von }} to", "rule.sender.vom }} to", "sender.vom"),
        # a condition
        ("10-further-actors.yaml", "when: not further_actors", "when: not futher_actors", ""),
        # a word reads only what it is given, not the agreement
        (
            "library.yaml",
            'means_apart: "means {{ difference }}',
            'means_apart: "{{ agreement.title }}',
            "",
        ),
        # the calendar's texts read the title they are given, not the agreement
        ("review-report.yaml", "“{{ title }}”", "“{{ agreement.title }}”", "'agreement'"),
    ],
)
def test_unknown_names_are_refused_wherever_they_are(
    library_copy: Path, name: str, old: str, new: str, unknown: str
) -> None:
    file = library_copy / name
    text = file.read_text(encoding="utf-8")
    assert old in text
    file.write_text(text.replace(old, new, 1), "utf-8")
    with pytest.raises(TemplateError, match="which the program does not provide here") as error:
        load_library(library_copy)
    assert unknown in str(error.value)


def test_a_condition_two_places_share_is_checked_against_the_names_of_each(
    library_copy: Path,
) -> None:
    """An expression is compiled once per library; where it comes again, it is checked again
    against what that place may read, whether its code came from the cache of an earlier run
    or not. A clause may read the references (``ref``); a section's condition decides which
    sections there are, before any reference to them."""
    from coopbuilder.documents import templates

    clause = library_copy / "02-purpose.yaml"
    text = clause.read_text(encoding="utf-8")
    old = "  - id: purpose.scope\n    requires: [agreement.scope]\n"
    assert old in text
    clause.write_text(text.replace(old, old + "    when: ref.anything\n"), "utf-8")
    load_library(library_copy)  # the clause may read it; its code is now kept
    section = library_copy / "10-further-actors.yaml"
    text = section.read_text(encoding="utf-8")
    section.write_text(text.replace("clauses:\n", "when: ref.anything\nclauses:\n", 1), "utf-8")
    for _ in range(2):  # the second time, as a new process would, with the code kept
        templates._load_library.cache_clear()
        with pytest.raises(TemplateError, match="which the program does not provide here") as error:
            load_library(library_copy)
        assert "10-further-actors.yaml" in str(error.value) and "'ref'" in str(error.value)


def test_loop_variables_set_names_and_dict_methods_are_not_unknown(library_copy: Path) -> None:
    file = library_copy / "10-further-actors.yaml"
    text = file.read_text(encoding="utf-8")
    extra = (
        "{% set who = ngo.label %}{{ who }}"
        "{% for key, value in agreement.items() %}{{ key }}{{ value }}{% endfor %}"
        "{% for c in contacts if c.round_the_clock %}{{ loop.index }} {{ c.partner.label }}"
        "{% endfor %}{{ (rules | first).sender.name }}{{ partners[1].short_name }}"
        "{{ readiness.by_clause.anything }}{{ ref.anything }}"
    )
    file.write_text(text.replace("No further actor is involved at present.", extra, 1), "utf-8")
    load_library(library_copy)


def test_what_the_library_may_read_is_what_the_program_gives(demo: Agreement) -> None:
    """The description of the template context matches a real context, review included."""
    from coopbuilder.core.catalogue import default_catalogue
    from coopbuilder.core.records import ReviewRecord
    from coopbuilder.core.review import ReviewContext, action_outcomes
    from coopbuilder.documents.clauses import NO_FINDING
    from coopbuilder.documents.context import Rendering
    from coopbuilder.documents.names import AGREEMENT, CLAUSE_FINDING, ListOf, Shape
    from coopbuilder.documents.styles import document_styles
    from tests.conftest import DEMO_DAY

    review = ReviewContext(
        record=ReviewRecord(held_on=DEMO_DAY),
        reviewed_version=1,
        outcomes=action_outcomes(demo, demo),
    )
    context = Rendering(
        demo, default_catalogue(), clause_library("en"), document_styles(), review
    ).context
    seen: set[str] = set()

    def conforms(value: object, shape: Shape, path: str) -> None:
        if shape is None or value is None:
            return
        seen.add(path)
        if isinstance(shape, ListOf):
            assert isinstance(value, list), path
            for item in value:
                conforms(item, shape.item, f"{path}[]")
            return
        assert isinstance(value, dict), path
        assert set(value) == set(shape), path
        for key, inner in shape.items():
            conforms(value[key], inner, f"{path}.{key}")

    conforms(context, AGREEMENT, "")
    conforms(NO_FINDING, CLAUSE_FINDING, "finding")
    for entry in context["readiness"]["by_clause"].values():
        conforms(entry, CLAUSE_FINDING, "finding")
    # every part of the description was compared with something real
    assert {".review.actions[]", ".readiness.findings[].actions[]", ".dpia.lead"} <= seen
    assert ".partners[].representatives[]" in seen and ".flows[].rules[].sender" in seen


def test_an_unknown_table_and_missing_headings_are_refused(library_copy: Path) -> None:
    file = library_copy / "07-sop.yaml"
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace("    table: sop\n", "    table: soup\n"), "utf-8")
    with pytest.raises(TemplateError, match=r"clause 'sop.table': unknown table 'soup'"):
        load_library(library_copy)
    file.write_text(text.replace('      whom: "Whom"\n', ""), "utf-8")
    with pytest.raises(TemplateError, match=r"needs the column heading\(s\) whom"):
        load_library(library_copy)


def test_a_missing_catalogue_clause_is_refused(library_copy: Path, demo: Agreement) -> None:
    file = library_copy / "03-principles.yaml"
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace("id: principles.trust", "id: principles.trusting"), "utf-8")
    with pytest.raises(TemplateError, match=r"no clause 'principles.trust'"):
        render_agreement(demo, library=load_library(library_copy))


def test_an_organisations_own_templates_change_the_wording(
    library_copy: Path, demo: Agreement, tmp_path: Path
) -> None:
    file = library_copy / "02-purpose.yaml"
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace('heading: "Purpose and scope"', 'heading: "Zweck of it all"'))
    library = clause_library("en", library_copy.parent)
    body = flat(pdftotext(render_agreement(demo, library=library).pdf, tmp_path))
    assert "2. Zweck of it all" in body
    with pytest.raises(TemplateError, match="holds no clause library for the language 'de'"):
        clause_library("de", library_copy.parent)
    with pytest.raises(TemplateError, match="does not exist"):
        clause_library("en", tmp_path / "nowhere")


def test_the_templates_setting_is_read_from_the_environment(
    library_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COOPBUILDER_TEMPLATES", str(library_copy))
    assert clause_library("en").folder == library_copy.resolve()


def test_the_plural_and_lower_first_filters() -> None:
    from markupsafe import Markup

    from coopbuilder.documents.jinja import environment

    env = environment()
    plural = env.from_string('{{ n | plural("rule", "rules") }}')
    assert [plural.render(n=n) for n in (0, 1, 2)] == ["0 rules", "1 rule", "2 rules"]
    assert env.from_string('{{ xs | plural("Regel", "Regeln") }}').render(xs=["a"]) == "1 Regel"
    german = environment("de_DE").from_string('{{ n | plural("Regel", "Regeln") }}')
    assert [german.render(n=n) for n in (0, 1, 1500)] == ["0 Regeln", "1 Regel", "1.500 Regeln"]
    assert plural.render(n=1500) == "1,500 rules"  # the number in the library's own form
    with pytest.raises(TypeError, match="plural needs a number"):
        plural.render(n="five")
    lower = env.from_string("{{ t | lower_first }}")
    assert lower.render(t="Competent authority") == "competent authority"
    assert lower.render(t="GDPR controller") == "GDPR controller"
    assert lower.render(t="<b>") == "&lt;b&gt;"
    assert lower.render(t=Markup("<b>X</b>")) == "<b>X</b>"


def test_the_folder_chosen_in_the_settings_serves_its_languages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coopbuilder.core.catalogue import default_catalogue
    from coopbuilder.documents.templates import (
        ClauseLibraries,
        check_templates,
        library_folder,
        library_for,
    )

    own = tmp_path / "own"
    shutil.copytree(template_path("de"), own)  # one library, in German
    assert [lib.language.value for lib in check_templates(own, default_catalogue())] == ["de"]
    assert library_folder("de", settings=own) == own
    assert library_folder("en", settings=own) == template_path("en")  # no English library there
    assert clause_library("de", settings=own).folder == own.resolve()
    libraries = ClauseLibraries(own)
    assert library_for(libraries, "de").folder == own.resolve()
    assert library_for(None, "de").folder == template_path("de").resolve()  # nothing chosen
    assert library_folder("de") == template_path("de")  # a choice is given, never remembered

    monkeypatch.setenv("COOPBUILDER_TEMPLATES", str(template_path("de").parent))
    assert library_folder("de", settings=own) == template_path("de")  # the environment first
    monkeypatch.delenv("COOPBUILDER_TEMPLATES")

    shutil.rmtree(own)
    with pytest.raises(TemplateError, match=r"does not exist\. Choose another clause library"):
        libraries.for_language("de")
    with pytest.raises(TemplateError, match="holds no clause library"):
        check_templates(tmp_path, default_catalogue())


def test_a_library_without_a_clause_the_catalogue_needs_is_refused(tmp_path: Path) -> None:
    from coopbuilder.core.catalogue import default_catalogue
    from coopbuilder.documents.templates import check_templates

    folder = tmp_path / "en"
    shutil.copytree(template_path("en"), folder)
    principles = folder / "03-principles.yaml"
    text = principles.read_text(encoding="utf-8")
    assert "id: principles.trust" in text
    principles.write_text(text.replace("id: principles.trust", "id: principles.faith"), "utf-8")
    with pytest.raises(TemplateError, match=r"no clause 'principles\.trust'"):
        check_templates(tmp_path, default_catalogue())


@pytest.mark.parametrize("name", ["../outside/01-parties.yaml", "/etc/passwd", "sub/../../x.yaml"])
def test_a_section_file_outside_the_library_folder_is_refused(
    library_copy: Path, name: str
) -> None:
    outside = library_copy.parent / "outside"
    outside.mkdir()
    shutil.copy(library_copy / "01-parties.yaml", outside / "01-parties.yaml")
    file = library_copy / "library.yaml"
    text = file.read_text(encoding="utf-8")
    assert "  - 02-purpose.yaml\n" in text
    file.write_text(text.replace("  - 02-purpose.yaml\n", f"  - {name}\n"), "utf-8")
    line = _line_of(file, name)
    with pytest.raises(TemplateError) as error:
        load_library(library_copy)
    assert str(error.value) == (
        f"{file}, line {line}: the section file '{name}' lies outside the clause library's "
        f"folder {library_copy.resolve()}; name a file in that folder."
    )


def test_a_link_out_of_the_library_folder_is_refused(library_copy: Path) -> None:
    outside = library_copy.parent / "02-purpose.yaml"
    (library_copy / "02-purpose.yaml").rename(outside)
    (library_copy / "02-purpose.yaml").symlink_to(outside)
    with pytest.raises(TemplateError, match=r"'02-purpose\.yaml' lies outside"):
        load_library(library_copy)


def test_a_section_file_in_a_subfolder_of_the_library_is_read(library_copy: Path) -> None:
    (library_copy / "parts").mkdir()
    (library_copy / "02-purpose.yaml").rename(library_copy / "parts" / "02-purpose.yaml")
    file = library_copy / "library.yaml"
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace("  - 02-purpose.yaml\n", "  - parts/02-purpose.yaml\n"), "utf-8")
    assert load_library(library_copy).body[1].id == "purpose"


BOUNDED = [
    # a repetition that would build a string of a gigabyte
    ('{{ "x" * 10**9 }}', "the text would be longer than 1000000 characters"),
    # a loop that writes too much, in small pieces
    ('{% for i in range(100000) %}{{ "x" * 100 }}{% endfor %}', "longer than 1000000 characters"),
    # loops in loops that write nothing but never end
    (
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        "its loops would take more than 1000000 steps",
    ),
    # a join, a replacement and padding that would each build a huge string
    ('{{ range(100000) | join("x" * 100000) }}', "longer than 1000000 characters"),
    ('{{ ("x" * 1000) | replace("", "y" * 10000) }}', "longer than 1000000 characters"),
    ('{{ "x".center(10**9) }}', "longer than 1000000 characters"),
    ('{{ "x" | center(10**9) }}', "longer than 1000000 characters"),
    ('{{ "%1000000000s" | format("x") }}', "longer than 1000000 characters"),
    ("{{ 10 ** 100000000 }}", "a number in it would be too large"),
    # a macro that calls itself
    ("{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", "it calls itself without end"),
]


@pytest.mark.parametrize(("evil", "problem"), BOUNDED)
def test_filling_in_a_text_is_bounded_and_names_the_clause(
    library_copy: Path, demo: Agreement, evil: str, problem: str
) -> None:
    file = library_copy / "13-review.yaml"
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace("<b>Annual review.</b>", f"<b>Annual review.</b> {evil}"))
    line = _line_of(file, "<b>Annual review.</b>")
    with pytest.raises(TemplateError) as error:
        render_agreement(demo, library=load_library(library_copy))
    message = str(error.value)
    assert f"13-review.yaml, line {line}, clause 'review.annual'" in message
    assert problem in message


def test_filling_in_a_text_is_bounded_in_time(
    library_copy: Path, demo: Agreement, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The clock is checked at every loop step; on a clock that goes a second forward each
    time it is read, the twelfth step of a loop is past the ten seconds a text may take."""
    from itertools import count

    from coopbuilder.documents import bounds

    seconds = count()
    monkeypatch.setattr(bounds, "monotonic", lambda: float(next(seconds)))
    demo.assessment.ratings = []  # the demo's own list of findings takes more than ten steps
    file = library_copy / "13-review.yaml"
    text = file.read_text(encoding="utf-8")
    loop = "{% for i in range(100) %}{{ i }}{% endfor %}"
    file.write_text(text.replace("<b>Annual review.</b>", f"<b>Annual review.</b> {loop}"))
    with pytest.raises(TemplateError) as error:
        render_agreement(demo, library=load_library(library_copy))
    assert "clause 'review.annual'" in str(error.value)
    assert "filling it in takes longer than 10.0 seconds" in str(error.value)


def test_the_shipped_libraries_stay_well_within_the_bounds(demo: Agreement) -> None:
    from coopbuilder.core.demo import demo_agreement

    for language in ("en", "de"):
        assert render_agreement(demo_agreement(language)).pdf.startswith(b"%PDF")


def test_compiled_texts_and_conditions_are_kept_between_runs_and_a_changed_one_is_made_anew(
    library_copy: Path, demo: Agreement, tmp_path: Path
) -> None:
    from coopbuilder.documents import templates
    from coopbuilder.documents.compiled import cache_file

    cached = cache_file(library_copy.resolve())
    first = render_agreement(demo, library=load_library(library_copy)).pdf
    kept = cached.read_bytes()
    templates._load_library.cache_clear()  # as a new process would
    again = render_agreement(demo, library=load_library(library_copy)).pdf
    assert again == first
    assert cached.read_bytes() == kept  # every text and condition came from the cache
    section = library_copy / "02-purpose.yaml"
    section.write_text(
        section.read_text(encoding="utf-8").replace("<b>Purpose.</b>", "<b>Aim.</b>"),
        encoding="utf-8",
    )
    changed = render_agreement(demo, library=load_library(library_copy)).pdf
    assert "Aim. To support people" in flat(pdftotext(changed, tmp_path))
    assert cached.read_bytes() != kept
    # a changed condition is checked, not taken from the cache, and then takes effect
    kept = cached.read_bytes()
    section = library_copy / "04-readiness.yaml"
    text = section.read_text(encoding="utf-8")
    section.write_text(text.replace("when: readiness.assessed\n", "when: readiness.asessed\n", 1))
    with pytest.raises(TemplateError, match="asessed"):
        load_library(library_copy)
    section.write_text(
        text.replace("when: readiness.assessed\n", "when: readiness.assessed and false\n", 1)
    )
    without = flat(
        pdftotext(render_agreement(demo, library=load_library(library_copy)).pdf, tmp_path)
    )
    assert without != flat(pdftotext(changed, tmp_path))
    assert cached.read_bytes() != kept


def test_the_kept_texts_are_those_of_the_library_as_it_is_now(
    library_copy: Path, demo: Agreement
) -> None:
    """One cache file per library, holding the texts of the library as it is: a text changed
    leaves its earlier version out, and a file of an earlier set-up of the program is
    removed when the library's is written."""
    import marshal

    from coopbuilder.documents import templates
    from coopbuilder.documents.compiled import cache_file

    cached = cache_file(library_copy.resolve())
    earlier = cached.with_name(cached.name.rsplit("-", 1)[0] + "-0123456789abcdef.marshal")
    earlier.parent.mkdir(parents=True, exist_ok=True)
    earlier.write_bytes(marshal.dumps({}))
    templates._load_library.cache_clear()
    load_library(library_copy)
    count = len(marshal.loads(cached.read_bytes()))
    assert count > 100 and not earlier.exists()
    other = cache_file(template_path("de").resolve())
    assert other != cached
    section = library_copy / "02-purpose.yaml"
    section.write_text(
        section.read_text(encoding="utf-8").replace("<b>Purpose.</b>", "<b>Aim.</b>"), "utf-8"
    )
    kept = cached.read_bytes()
    load_library(library_copy)
    assert cached.read_bytes() != kept
    assert len(marshal.loads(cached.read_bytes())) == count  # one text for the one changed
    templates._load_library.cache_clear()
    clause_library("de")  # another library has a file of its own; this one's stays
    assert other.exists() and cached.read_bytes() != kept


def test_a_library_file_is_parsed_once_and_again_when_it_changes(
    library_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coopbuilder.documents import templates, yamlfile

    parsed: list[str] = []
    parse = yamlfile._parse

    def counted(file: Path, text: str) -> yamlfile.Parsed:
        parsed.append(file.name)
        return parse(file, text)

    monkeypatch.setattr(yamlfile, "_parse", counted)
    first = load_library(library_copy)
    assert "02-purpose.yaml" in parsed and "library.yaml" in parsed
    parsed.clear()
    templates._load_library.cache_clear()  # as a new process would
    again = load_library(library_copy)
    assert parsed == []  # every file as it was parsed before
    assert again.body[1].clauses[0].line == first.body[1].clauses[0].line
    section = library_copy / "02-purpose.yaml"
    section.write_text("\n" + section.read_text(encoding="utf-8"), "utf-8")  # one line down
    changed = load_library(library_copy)
    assert parsed == ["02-purpose.yaml"]
    assert changed.body[1].clauses[0].line == first.body[1].clauses[0].line + 1


def test_a_damaged_cache_of_compiled_texts_is_left_aside(
    library_copy: Path, demo: Agreement
) -> None:
    from coopbuilder.documents import templates
    from coopbuilder.documents.compiled import cache_file

    cached = cache_file(library_copy.resolve())
    cached.parent.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(b"\x00not marshal data")
    templates._load_library.cache_clear()
    assert render_agreement(demo, library=load_library(library_copy)).pages > 10
    assert cached.read_bytes() != b"\x00not marshal data"  # written anew, whole
