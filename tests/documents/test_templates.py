"""The clause library: validated on load, errors name the file, the clause and the line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.errors import message_in
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
    from coopbuilder.documents.templates import check_templates, library_folder, use_templates

    own = tmp_path / "own"
    shutil.copytree(template_path("de"), own)  # one library, in German
    assert [lib.language.value for lib in check_templates(own, default_catalogue())] == ["de"]
    use_templates(own)
    assert library_folder("de") == own
    assert library_folder("en") == template_path("en")  # no English library there
    assert clause_library("de").folder == own.resolve()

    monkeypatch.setenv("COOPBUILDER_TEMPLATES", str(template_path("de").parent))
    assert library_folder("de") == template_path("de")  # the environment setting comes first
    monkeypatch.delenv("COOPBUILDER_TEMPLATES")

    shutil.rmtree(own)
    with pytest.raises(TemplateError, match=r"does not exist\. Choose another clause library"):
        library_folder("de")
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
